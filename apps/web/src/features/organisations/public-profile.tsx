import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page';
import { formatList } from '../../i18n/format';
import { labelLookup, useTaxonomies, type LabelLookup } from '../taxonomies/use-taxonomies';
import type { Organisation } from './use-organisation';
import './public-profile.css';

type Profile = Organisation['profile'];

/** Only https images: the CSP allows no other external image, and a refused one is console noise. */
export function safeLogoUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A website as a link only when it is http(s); its text without the scheme. */
export function websiteLink(url: string | null | undefined): { href: string; text: string } | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    const text = `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}`;
    return { href: parsed.href, text };
  } catch {
    return undefined;
  }
}

function codes(label: LabelLookup, kind: Parameters<LabelLookup>[0], values: string[]): string {
  return formatList(values.map((v) => label(kind, v)));
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Logo({ url, name }: { url: string; name: string }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  if (failed) return null;
  return (
    <img
      className="profile-logo"
      src={url}
      alt={t('publicProfile.logoAlt', { name })}
      width={96}
      height={96}
      loading="lazy"
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  );
}

function TagList({ items }: { items: string[] }) {
  return (
    <ul className="tag-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * A published organisation as others see it. Every value is rendered as text (the description
 * keeps its line breaks through CSS); the contact person only when the API gives one, which it
 * does for signed-in readers alone.
 */
export function PublicProfile({
  organisation,
  signedIn,
  actions,
}: {
  organisation: Organisation;
  signedIn: boolean;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const label = labelLookup(taxonomies.data);
  const p: Profile = organisation.profile;
  const logo = safeLogoUrl(p.logoUrl);
  const website = websiteLink(p.website);
  const place = [p.city, label('countries', p.country)].filter(Boolean).join(', ');
  const wishes = p.lookingFor;
  const hasWishes =
    wishes.countries.length + wishes.naceSections.length + wishes.organisationTypes.length > 0 || !!wishes.text;
  const contact = p.contactPerson;

  return (
    <article className="public-profile" aria-labelledby="profile-title">
      <header className="profile-header">
        {logo && <Logo url={logo} name={p.displayName} />}
        <div className="profile-heading">
          <PageTitle title={p.displayName}>
            <span id="profile-title">{p.displayName}</span>
          </PageTitle>
          {p.legalName && p.legalName !== p.displayName && <p className="profile-legal">{p.legalName}</p>}
          <p className="profile-meta">
            {label('organisationTypes', p.organisationType)}
            {place && <> · {place}</>}
          </p>
          <ul className="profile-badges">
            {organisation.oidVerified && (
              <li>
                <span className="badge badge-success">
                  <span aria-hidden="true">✓ </span>
                  {t('publicProfile.oidVerified')}
                </span>
              </li>
            )}
            {p.openToPartnerships && (
              <li>
                <span className="badge">{t('publicProfile.openToPartnerships')}</span>
              </li>
            )}
          </ul>
        </div>
      </header>
      {actions}

      <section aria-labelledby="about-heading" className="profile-section">
        <h2 id="about-heading">{t('publicProfile.about')}</h2>
        {p.description ? (
          <p className="profile-description">{p.description}</p>
        ) : (
          <p className="muted">{t('publicProfile.noDescription')}</p>
        )}
      </section>

      <section aria-labelledby="facts-heading" className="profile-section">
        <h2 id="facts-heading">{t('publicProfile.facts')}</h2>
        <dl className="facts">
          <Fact term={t('profile.fields.oid')}>
            <span className="code">{p.oid}</span>
            {organisation.oidVerified && <span className="fact-note"> ({t('publicProfile.verifiedByAgency')})</span>}
          </Fact>
          {p.pic && (
            <Fact term={t('profile.fields.pic')}>
              <span className="code">{p.pic}</span>
            </Fact>
          )}
          {website && (
            <Fact term={t('profile.fields.website')}>
              <a href={website.href} target="_blank" rel="noopener noreferrer" className="external">
                {website.text}
                <span className="visually-hidden"> ({t('publicProfile.newTab')})</span>
              </a>
            </Fact>
          )}
          {p.foundingYear !== null && <Fact term={t('profile.fields.foundingYear')}>{p.foundingYear}</Fact>}
          {p.sizeBand && <Fact term={t('profile.fields.sizeBand')}>{label('sizeBands', p.sizeBand)}</Fact>}
          <Fact term={t('profile.fields.experience')}>
            {t(`profile.experienceLevels.${p.experience.level}`)}
            {p.experience.pastProjects > 0 && <> · {t('profile.pastProjects', { count: p.experience.pastProjects })}</>}
          </Fact>
          {p.languages.length > 0 && (
            <Fact term={t('profile.fields.languages')}>{codes(label, 'languages', p.languages)}</Fact>
          )}
        </dl>
      </section>

      {(p.naceSections.length > 0 || p.naceDivisions.length > 0) && (
        <section aria-labelledby="sectors-heading" className="profile-section">
          <h2 id="sectors-heading">{t('publicProfile.sectors')}</h2>
          <TagList items={p.naceSections.map((c) => `${c} · ${label('naceSections', c)}`)} />
          {p.naceDivisions.length > 0 && (
            <>
              <h3>{t('profile.fields.naceDivisions')}</h3>
              <TagList items={p.naceDivisions.map((c) => `${c} · ${label('naceDivisions', c)}`)} />
            </>
          )}
        </section>
      )}

      {(p.topics.length > 0 || p.targetGroups.length > 0) && (
        <section aria-labelledby="expertise-heading" className="profile-section">
          <h2 id="expertise-heading">{t('publicProfile.expertise')}</h2>
          {p.topics.length > 0 && (
            <>
              <h3>{t('profile.fields.topics')}</h3>
              <TagList items={p.topics.map((c) => label('topics', c))} />
            </>
          )}
          {p.targetGroups.length > 0 && (
            <>
              <h3>{t('profile.fields.targetGroups')}</h3>
              <TagList items={p.targetGroups.map((c) => label('targetGroups', c))} />
            </>
          )}
        </section>
      )}

      {hasWishes && (
        <section aria-labelledby="wishes-heading" className="profile-section">
          <h2 id="wishes-heading">{t('profile.fields.lookingFor')}</h2>
          <dl className="facts">
            {wishes.countries.length > 0 && (
              <Fact term={t('publicProfile.wishCountries')}>{codes(label, 'countries', wishes.countries)}</Fact>
            )}
            {wishes.naceSections.length > 0 && (
              <Fact term={t('publicProfile.wishSectors')}>{codes(label, 'naceSections', wishes.naceSections)}</Fact>
            )}
            {wishes.organisationTypes.length > 0 && (
              <Fact term={t('publicProfile.wishTypes')}>
                {codes(label, 'organisationTypes', wishes.organisationTypes)}
              </Fact>
            )}
          </dl>
          {wishes.text && <p className="profile-description">{wishes.text}</p>}
        </section>
      )}

      <section aria-labelledby="contact-heading" className="profile-section">
        <h2 id="contact-heading">{t('profile.fields.contactPerson')}</h2>
        {contact ? (
          <address className="contact">
            <p className="contact-name">{contact.name}</p>
            {contact.role && <p>{contact.role}</p>}
            <p>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </p>
            {contact.phone && (
              <p>
                <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
              </p>
            )}
          </address>
        ) : signedIn ? (
          <p className="muted">{t('publicProfile.noContact')}</p>
        ) : (
          <p>
            {t('publicProfile.contactSignIn')}{' '}
            <Link to="/sign-in" search={{ redirect: `/organisations/${organisation.id}` }}>
              {t('publicProfile.signIn')}
            </Link>
          </p>
        )}
      </section>
    </article>
  );
}
