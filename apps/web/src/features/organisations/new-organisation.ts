import { z } from 'zod/mini';
import { profileFormSchema } from './profile-form';

// Creating an organisation asks for what POST /v1/organisations requires (names, OID, country,
// type) and the optional PIC, with the profile editor's rules; the rest is filled in the editor.

const shape = profileFormSchema.shape;

export const newOrganisationSchema = z.object({
  legalName: shape.legalName,
  displayName: shape.displayName,
  oid: shape.oid,
  pic: shape.pic,
  country: shape.country,
  organisationType: shape.organisationType,
});

export type NewOrganisationValues = z.input<typeof newOrganisationSchema>;

export const NEW_ORGANISATION_PATHS = [
  'legalName',
  'displayName',
  'oid',
  'pic',
  'country',
  'organisationType',
] as const satisfies readonly (keyof NewOrganisationValues)[];
