/**
 * The one access pattern a list request uses: aircraft of a make/model code, aircraft whose
 * registrant name starts with a prefix, or valid registrations expiring in a month (`YYYY-MM`).
 */
export type AircraftListFilter =
  | { readonly by: 'model'; readonly mfrMdlCode: string }
  | { readonly by: 'registrant'; readonly namePrefix: string }
  | { readonly by: 'expiring'; readonly month: string };
