import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { Layout } from './components/layout';
import { NotFound } from './components/not-found';
import { parseModerationSearch } from './features/moderation/moderation-search';
import { parseOrganisationSearch } from './features/search/search-params';
import { parseCallSearch } from './features/calls/call-search-params';
import { parseNewCallSearch } from './features/calls/new-call-search-params';
import { parseChannelSearch } from './features/channels/channel-search-params';
import { parseConsortiumSearch } from './features/consortia/consortium-search-params';
import { parseNotificationSearch } from './features/notifications/notification-search-params';
import { parseSuggestionSearch } from './features/suggestions/suggestion-search-params';
import { loadFullCatalogue } from './i18n';
import { optionalString, tokenSearch } from './routes/search-params';

// The URL tree. Each page is its own chunk (lazyRouteComponent), so a visitor of the landing
// page or the sign-in page downloads only what those pages need.

const root = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Layout,
  notFoundComponent: NotFound,
});

// Every page but these two loads the rest of the catalogue first (see catalogue-plugin.mts).
const loader = loadFullCatalogue;

const page = <P extends string>(path: P, load: () => Promise<Record<string, unknown>>, name: string) =>
  createRoute({ getParentRoute: () => root, path, loader, component: lazyRouteComponent(load, name) });

const landing = createRoute({
  getParentRoute: () => root,
  path: '/',
  component: lazyRouteComponent(() => import('./routes/index'), 'LandingPage'),
});
const signIn = createRoute({
  getParentRoute: () => root,
  path: '/sign-in',
  validateSearch: (s: Record<string, unknown>): { redirect?: string } => ({ redirect: optionalString(s.redirect) }),
  component: lazyRouteComponent(() => import('./routes/sign-in'), 'SignInPage'),
});
const signUp = createRoute({
  getParentRoute: () => root,
  path: '/sign-up',
  // Where to go on after signing up (an invitation link brought them here).
  validateSearch: (s: Record<string, unknown>): { redirect?: string } => ({ redirect: optionalString(s.redirect) }),
  loader,
  component: lazyRouteComponent(() => import('./routes/sign-up'), 'SignUpPage'),
});
const forgotPassword = page('/forgot-password', () => import('./routes/forgot-password'), 'ForgotPasswordPage');
const tokenPage = <P extends string>(path: P, load: () => Promise<Record<string, unknown>>, name: string) =>
  createRoute({
    getParentRoute: () => root,
    path,
    validateSearch: tokenSearch,
    loader,
    component: lazyRouteComponent(load, name),
  });
const verifyEmail = tokenPage('/verify-email', () => import('./routes/verify-email'), 'VerifyEmailPage');
const resetPassword = tokenPage('/reset-password', () => import('./routes/reset-password'), 'ResetPasswordPage');
const confirmEmail = tokenPage('/confirm-email', () => import('./routes/confirm-email'), 'ConfirmEmailPage');
const acceptInvitation = tokenPage(
  '/invitations/accept',
  () => import('./routes/invitations/accept'),
  'AcceptInvitationPage',
);
const search = createRoute({
  getParentRoute: () => root,
  path: '/search',
  loader,
  validateSearch: parseOrganisationSearch,
  component: lazyRouteComponent(() => import('./routes/search'), 'SearchPage'),
});
const publicOrganisation = page(
  '/organisations/$id',
  () => import('./routes/organisations/$id'),
  'PublicOrganisationPage',
);
const myOrganisations = page(
  '/my/organisations',
  () => import('./routes/my/organisations/index'),
  'MyOrganisationsPage',
);
const newOrganisation = page(
  '/my/organisations/new',
  () => import('./routes/my/organisations/new'),
  'NewOrganisationPage',
);
const editOrganisation = createRoute({
  getParentRoute: () => root,
  path: '/my/organisations/$id',
  loader,
  validateSearch: (s: Record<string, unknown>): { tab?: string } => ({ tab: optionalString(s.tab) }),
  component: lazyRouteComponent(() => import('./routes/my/organisations/$id'), 'OrganisationEditorPage'),
});
const organisationMembers = page(
  '/my/organisations/$id/members',
  () => import('./routes/my/organisations/$id.members'),
  'OrganisationMembersPage',
);
const organisationDecisions = page(
  '/my/organisations/$id/decisions',
  () => import('./routes/my/organisations/$id.decisions'),
  'OrganisationDecisionsPage',
);
const moderation = createRoute({
  getParentRoute: () => root,
  path: '/moderation',
  loader,
  validateSearch: parseModerationSearch,
  component: lazyRouteComponent(() => import('./routes/moderation/index'), 'ModerationPage'),
});
const account = page('/account', () => import('./routes/account'), 'AccountPage');

// A page with typed search parameters (each feature owns its parser).
const searchPage = <P extends string, S>(
  path: P,
  validateSearch: (s: Record<string, unknown>) => S,
  load: () => Promise<Record<string, unknown>>,
  name: string,
) =>
  createRoute({ getParentRoute: () => root, path, loader, validateSearch, component: lazyRouteComponent(load, name) });

// Partner calls.
const calls = searchPage('/calls', parseCallSearch, () => import('./routes/calls/index'), 'CallsPage');
const newCall = searchPage('/calls/new', parseNewCallSearch, () => import('./routes/calls/new'), 'NewCallPage');
const call = page('/calls/$id', () => import('./routes/calls/$id'), 'CallPage');
const myCalls = page('/my/calls', () => import('./routes/my/calls'), 'MyCallsPage');
const myAnswers = page('/my/answers', () => import('./routes/my/answers'), 'MyAnswersPage');
// Consortia.
const consortia = page('/consortia', () => import('./routes/consortia/index'), 'ConsortiaPage');
const newConsortium = page('/consortia/new', () => import('./routes/consortia/new'), 'NewConsortiumPage');
const consortium = searchPage(
  '/consortia/$id',
  parseConsortiumSearch,
  () => import('./routes/consortia/$id'),
  'ConsortiumPage',
);
// Channels.
const channels = page('/channels', () => import('./routes/channels/index'), 'ChannelsPage');
const channel = searchPage('/channels/$id', parseChannelSearch, () => import('./routes/channels/$id'), 'ChannelPage');
// Suggestions, notifications, platform administration.
const suggestions = searchPage(
  '/suggestions',
  parseSuggestionSearch,
  () => import('./routes/suggestions'),
  'SuggestionsPage',
);
const notifications = searchPage(
  '/notifications',
  parseNotificationSearch,
  () => import('./routes/notifications'),
  'NotificationsPage',
);
const admin = page('/admin', () => import('./routes/admin'), 'AdminPage');

const routeTree = root.addChildren([
  landing,
  signIn,
  signUp,
  forgotPassword,
  verifyEmail,
  resetPassword,
  confirmEmail,
  acceptInvitation,
  search,
  publicOrganisation,
  myOrganisations,
  newOrganisation,
  editOrganisation,
  organisationMembers,
  organisationDecisions,
  moderation,
  account,
  calls,
  newCall,
  call,
  myCalls,
  myAnswers,
  consortia,
  newConsortium,
  consortium,
  channels,
  channel,
  suggestions,
  notifications,
  admin,
]);

export function makeRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}
