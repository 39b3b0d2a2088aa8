// The words a manifest uses for what a lawyer records about a subprocessor: which data goes
// there (`data`), where it is processed (`location`) and on what legal basis it leaves the EEA
// (`transfer`). Ids are data, labels are rendered at the edge (reports, the public list).

/**
 * The data categories reports know by name. `data` also accepts any other string, shown as
 * written: a list can name what the vocabulary does not.
 */
export const DATA_CATEGORIES = {
  'contact-details': 'Contact details',
  'account-data': 'Account data',
  'usage-data': 'Usage data',
  'device-data': 'Device data',
  'location-data': 'Location data',
  'payment-data': 'Payment data',
  'user-content': 'User content',
  communications: 'Communications',
  'support-data': 'Support data',
  identifiers: 'Identifiers',
  'health-data': 'Health data',
  'biometric-data': 'Biometric data',
  'financial-data': 'Financial data',
} as const satisfies Record<string, string>;

/** How data leaves the EEA lawfully (GDPR Chapter V). */
export const TRANSFER_MECHANISMS = {
  scc: 'Standard Contractual Clauses',
  dpf: 'EU-U.S. Data Privacy Framework',
  adequacy: 'Adequacy decision',
  bcr: 'Binding Corporate Rules',
  /** Another Article 46 safeguard or derogation (SPEC §2): say which in the purpose. */
  other: 'Other safeguards',
} as const satisfies Record<string, string>;

export type TransferMechanism = keyof typeof TRANSFER_MECHANISMS;

/** Regions a location may name besides a country. */
const REGIONS: Record<string, string> = { EU: 'European Union', EEA: 'European Economic Area' };

// ISO 3166-1 alpha-2, officially assigned codes (https://www.iso.org/obp/ui/#search/code/).
const ISO_3166_ALPHA2 = new Set(
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT
MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/),
);

/** Codes people write that ISO spells otherwise. */
const ALIASES: Record<string, string> = { UK: 'GB', USA: 'US', 'U.S.': 'US', 'U.S.A.': 'US', EL: 'GR', EUROPE: 'EU' };

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** Whether `code` is a location a manifest may name: an ISO 3166-1 alpha-2 code, `EU` or `EEA`. */
export function isLocationCode(code: string): boolean {
  return ISO_3166_ALPHA2.has(code) || code in REGIONS;
}

/** The English name of a location code: `US` → United States, `EEA` → European Economic Area. */
export function locationName(code: string): string {
  return REGIONS[code] ?? (ISO_3166_ALPHA2.has(code) ? regionNames.of(code) ?? code : code);
}

/** The location code a piece of free text most likely means ("United States" → US), if any. */
export function suggestLocationCode(text: string): string | undefined {
  const wanted = text.trim().replace(/^the\s+/i, '').toLowerCase();
  const upper = wanted.toUpperCase();
  if (isLocationCode(upper)) return upper;
  if (ALIASES[upper]) return ALIASES[upper];
  for (const [code, name] of Object.entries(REGIONS)) if (name.toLowerCase() === wanted) return code;
  for (const code of ISO_3166_ALPHA2) if (regionNames.of(code)?.toLowerCase() === wanted) return code;
  const common: Record<string, string> = { 'united states of america': 'US', america: 'US', 'great britain': 'GB', england: 'GB', 'south korea': 'KR', russia: 'RU' };
  return common[wanted];
}

/**
 * Free text such as "United States" or "Germany and Ireland" as location codes, or undefined when
 * some part has none (the policy-text draft writes codes only when it is sure).
 */
export function locationCodes(text: string): string[] | undefined {
  const parts = text.split(/\s*(?:,|;|\/|\band\b|&)\s*/i).filter((part) => part.trim() !== '');
  const codes = parts.map(suggestLocationCode);
  if (codes.length === 0 || codes.some((code) => code === undefined)) return undefined;
  return [...new Set(codes as string[])];
}

/** The label of a data category id, or the text as written for a free addition. */
export function dataLabel(item: string): string {
  return (DATA_CATEGORIES as Record<string, string>)[item] ?? item;
}

/** The label of a transfer mechanism id. */
export function transferLabel(item: TransferMechanism): string {
  return TRANSFER_MECHANISMS[item];
}
