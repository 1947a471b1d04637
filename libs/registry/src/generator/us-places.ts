/** A US place with consistent state, ZIP prefix, county FIPS code and FAA region. */
export interface UsPlace {
  readonly city: string;
  readonly state: string;
  readonly zip3: string;
  readonly county: string;
  readonly region: string;
}

/** Real city/state/ZIP-prefix/county combinations, weighted towards the big aviation states. */
export const US_PLACES: readonly UsPlace[] = [
  { city: 'DALLAS', state: 'TX', zip3: '752', county: '113', region: '2' },
  { city: 'HOUSTON', state: 'TX', zip3: '770', county: '201', region: '2' },
  { city: 'SAN ANTONIO', state: 'TX', zip3: '782', county: '029', region: '2' },
  { city: 'FORT WORTH', state: 'TX', zip3: '761', county: '439', region: '2' },
  { city: 'OKLAHOMA CITY', state: 'OK', zip3: '731', county: '109', region: '2' },
  { city: 'ALBUQUERQUE', state: 'NM', zip3: '871', county: '001', region: '2' },
  { city: 'MIAMI', state: 'FL', zip3: '331', county: '086', region: '7' },
  { city: 'DAYTONA BEACH', state: 'FL', zip3: '321', county: '127', region: '7' },
  { city: 'ORLANDO', state: 'FL', zip3: '328', county: '095', region: '7' },
  { city: 'TAMPA', state: 'FL', zip3: '336', county: '057', region: '7' },
  { city: 'ATLANTA', state: 'GA', zip3: '303', county: '121', region: '7' },
  { city: 'NASHVILLE', state: 'TN', zip3: '372', county: '037', region: '7' },
  { city: 'CHARLOTTE', state: 'NC', zip3: '282', county: '119', region: '7' },
  { city: 'LOS ANGELES', state: 'CA', zip3: '900', county: '037', region: '4' },
  { city: 'SAN DIEGO', state: 'CA', zip3: '921', county: '073', region: '4' },
  { city: 'NEWPORT BEACH', state: 'CA', zip3: '926', county: '059', region: '4' },
  { city: 'SACRAMENTO', state: 'CA', zip3: '958', county: '067', region: '4' },
  { city: 'LAS VEGAS', state: 'NV', zip3: '891', county: '003', region: '4' },
  { city: 'PHOENIX', state: 'AZ', zip3: '850', county: '013', region: '4' },
  { city: 'HONOLULU', state: 'HI', zip3: '968', county: '003', region: '4' },
  { city: 'ANCHORAGE', state: 'AK', zip3: '995', county: '020', region: '5' },
  { city: 'FAIRBANKS', state: 'AK', zip3: '997', county: '090', region: '5' },
  { city: 'SEATTLE', state: 'WA', zip3: '981', county: '033', region: 'S' },
  { city: 'SPOKANE', state: 'WA', zip3: '992', county: '063', region: 'S' },
  { city: 'PORTLAND', state: 'OR', zip3: '972', county: '051', region: 'S' },
  { city: 'BOISE', state: 'ID', zip3: '837', county: '001', region: 'S' },
  { city: 'SALT LAKE CITY', state: 'UT', zip3: '841', county: '035', region: 'S' },
  { city: 'DENVER', state: 'CO', zip3: '802', county: '031', region: 'S' },
  { city: 'CHICAGO', state: 'IL', zip3: '606', county: '031', region: 'C' },
  { city: 'DETROIT', state: 'MI', zip3: '482', county: '163', region: 'C' },
  { city: 'MINNEAPOLIS', state: 'MN', zip3: '554', county: '053', region: 'C' },
  { city: 'COLUMBUS', state: 'OH', zip3: '432', county: '049', region: 'C' },
  { city: 'RAPID CITY', state: 'SD', zip3: '577', county: '103', region: 'C' },
  { city: 'WICHITA', state: 'KS', zip3: '672', county: '173', region: '3' },
  { city: 'KANSAS CITY', state: 'MO', zip3: '641', county: '095', region: '3' },
  { city: 'OMAHA', state: 'NE', zip3: '681', county: '055', region: '3' },
  { city: 'WILMINGTON', state: 'DE', zip3: '198', county: '003', region: '1' },
  { city: 'NEW YORK', state: 'NY', zip3: '100', county: '061', region: '1' },
  { city: 'PHILADELPHIA', state: 'PA', zip3: '191', county: '101', region: '1' },
  { city: 'ALEXANDRIA', state: 'VA', zip3: '223', county: '510', region: '1' },
  { city: 'BOSTON', state: 'MA', zip3: '021', county: '025', region: 'E' },
  { city: 'PORTLAND', state: 'ME', zip3: '041', county: '005', region: 'E' },
  { city: 'HARTFORD', state: 'CT', zip3: '061', county: '003', region: 'E' },
];

/** Foreign mailing addresses: STATE and COUNTY blank, ZIP CODE in the local format. */
export const FOREIGN_PLACES = [
  { city: 'CALEDON ONTARIO', country: 'CA', zip: () => 'L7C1C1', region: 'S' },
  { city: 'VANCOUVER BC', country: 'CA', zip: () => 'V6B1A1', region: 'S' },
  { city: 'LONDON', country: 'GB', zip: () => 'SW1A1AA', region: '8' },
  { city: 'MUNICH', country: 'DE', zip: () => '80331', region: '8' },
  { city: 'MEXICO CITY', country: 'MX', zip: () => '06600', region: '2' },
] as const;

export const STREET_NAMES = [
  'MAIN', 'OAK', 'PINE', 'MAPLE', 'CEDAR', 'ELM', 'WASHINGTON', 'LAKE', 'HILL', 'AIRPORT', 'HANGAR', 'RUNWAY',
  'SPANISH RIDGE', 'ARROYO', 'MADISON', 'PEARL HARBOR', 'SANTA ELENA', 'MARSHALL', 'FOOTHILL', 'BREEZY POINT',
  'LINDBERGH', 'EARHART', 'WRIGHT BROTHERS', 'SKYWAY', 'FALCON', 'EAGLE', 'HAWK', 'SUNSET', 'RIVER', 'CENTRAL',
] as const;
export const STREET_TYPES = ['ST', 'AVE', 'RD', 'DR', 'LN', 'BLVD', 'CT', 'WAY', 'PKWY', 'HWY'] as const;
