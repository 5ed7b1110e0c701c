import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { PageTitle } from '../components/page';

export function LandingPage() {
  const { t } = useTranslation();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  return (
    <div className="landing">
      <section className="hero">
        <PageTitle title={t('landing.documentTitle')}>{t('landing.title')}</PageTitle>
        <p className="lead">{t('landing.lead')}</p>
        <div className="actions">
          {signedIn ? (
            <Link to="/my/organisations" className="button">
              {t('landing.goToOrganisations')}
            </Link>
          ) : (
            <Link to="/sign-up" className="button">
              {t('landing.start')}
            </Link>
          )}
          <Link to="/search" className="button button-secondary">
            {t('landing.search')}
          </Link>
        </div>
      </section>
      <section className="features" aria-labelledby="how-heading">
        <h2 id="how-heading">{t('landing.howTitle')}</h2>
        <ol className="steps">
          <li>
            <h3>{t('landing.step1Title')}</h3>
            <p>{t('landing.step1Body')}</p>
          </li>
          <li>
            <h3>{t('landing.step2Title')}</h3>
            <p>{t('landing.step2Body')}</p>
          </li>
          <li>
            <h3>{t('landing.step3Title')}</h3>
            <p>{t('landing.step3Body')}</p>
          </li>
        </ol>
      </section>
      <section className="audiences" aria-labelledby="who-heading">
        <h2 id="who-heading">{t('landing.whoTitle')}</h2>
        <ul className="cards">
          <li>
            <h3>{t('landing.whoSchoolsTitle')}</h3>
            <p>{t('landing.whoSchoolsBody')}</p>
          </li>
          <li>
            <h3>{t('landing.whoCompaniesTitle')}</h3>
            <p>{t('landing.whoCompaniesBody')}</p>
          </li>
          <li>
            <h3>{t('landing.whoAgenciesTitle')}</h3>
            <p>{t('landing.whoAgenciesBody')}</p>
          </li>
        </ul>
      </section>
    </div>
  );
}
