/** Sigle of the Italian provinces and metropolitan cities (as used in addresses and on the CF), including Sardinia's OG and OT restored in 2025. */
export const PROVINCES = [
  'AG', 'AL', 'AN', 'AO', 'AP', 'AQ', 'AR', 'AT', 'AV', 'BA', 'BG', 'BI', 'BL', 'BN', 'BO', 'BR',
  'BS', 'BT', 'BZ', 'CA', 'CB', 'CE', 'CH', 'CL', 'CN', 'CO', 'CR', 'CS', 'CT', 'CZ', 'EN', 'FC',
  'FE', 'FG', 'FI', 'FM', 'FR', 'GE', 'GO', 'GR', 'IM', 'IS', 'KR', 'LC', 'LE', 'LI', 'LO', 'LT',
  'LU', 'MB', 'MC', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NA', 'NO', 'NU', 'OG', 'OR', 'OT', 'PA', 'PC', 'PD',
  'PE', 'PG', 'PI', 'PN', 'PO', 'PR', 'PT', 'PU', 'PV', 'PZ', 'RA', 'RC', 'RE', 'RG', 'RI', 'RM',
  'RN', 'RO', 'SA', 'SI', 'SO', 'SP', 'SR', 'SS', 'SU', 'SV', 'TA', 'TE', 'TN', 'TO', 'TP', 'TR',
  'TS', 'TV', 'UD', 'VA', 'VB', 'VC', 'VE', 'VI', 'VR', 'VT', 'VV',
] as const;

export type Province = (typeof PROVINCES)[number];

const PROVINCE_SET: ReadonlySet<string> = new Set(PROVINCES);

export function isProvince(value: string): value is Province {
  return PROVINCE_SET.has(value);
}

/** The provinces of Piedmont, listed first in pickers because that is where the offices work. */
export const PIEDMONT_PROVINCES: readonly Province[] = ['TO', 'CN', 'AT', 'AL', 'NO', 'VC', 'BI', 'VB'];

/**
 * The name of each province (ISTAT, Elenco dei comuni italiani, as packaged in italian-locations
 * 1.2.1; OG and OT from L.R. Sardegna 9/2023), so a picker finds «Torino» as well as «TO».
 */
export const PROVINCE_NAMES: Readonly<Record<Province, string>> = {
  AG: 'Agrigento', AL: 'Alessandria', AN: 'Ancona', AO: 'Valle d’Aosta/Vallée d’Aoste', AP: 'Ascoli Piceno',
  AQ: 'L’Aquila', AR: 'Arezzo', AT: 'Asti', AV: 'Avellino', BA: 'Bari', BG: 'Bergamo', BI: 'Biella', BL: 'Belluno',
  BN: 'Benevento', BO: 'Bologna', BR: 'Brindisi', BS: 'Brescia', BT: 'Barletta-Andria-Trani', BZ: 'Bolzano/Bozen',
  CA: 'Cagliari', CB: 'Campobasso', CE: 'Caserta', CH: 'Chieti', CL: 'Caltanissetta', CN: 'Cuneo', CO: 'Como',
  CR: 'Cremona', CS: 'Cosenza', CT: 'Catania', CZ: 'Catanzaro', EN: 'Enna', FC: 'Forlì-Cesena', FE: 'Ferrara',
  FG: 'Foggia', FI: 'Firenze', FM: 'Fermo', FR: 'Frosinone', GE: 'Genova', GO: 'Gorizia', GR: 'Grosseto',
  IM: 'Imperia', IS: 'Isernia', KR: 'Crotone', LC: 'Lecco', LE: 'Lecce', LI: 'Livorno', LO: 'Lodi', LT: 'Latina',
  LU: 'Lucca', MB: 'Monza e della Brianza', MC: 'Macerata', ME: 'Messina', MI: 'Milano', MN: 'Mantova', MO: 'Modena',
  MS: 'Massa-Carrara', MT: 'Matera', NA: 'Napoli', NO: 'Novara', NU: 'Nuoro', OG: 'Ogliastra', OR: 'Oristano',
  OT: 'Gallura Nord-Est Sardegna', PA: 'Palermo', PC: 'Piacenza', PD: 'Padova', PE: 'Pescara', PG: 'Perugia',
  PI: 'Pisa', PN: 'Pordenone', PO: 'Prato', PR: 'Parma', PT: 'Pistoia', PU: 'Pesaro e Urbino', PV: 'Pavia',
  PZ: 'Potenza', RA: 'Ravenna', RC: 'Reggio Calabria', RE: 'Reggio nell’Emilia', RG: 'Ragusa', RI: 'Rieti',
  RM: 'Roma', RN: 'Rimini', RO: 'Rovigo', SA: 'Salerno', SI: 'Siena', SO: 'Sondrio', SP: 'La Spezia', SR: 'Siracusa',
  SS: 'Sassari', SU: 'Sud Sardegna', SV: 'Savona', TA: 'Taranto', TE: 'Teramo', TN: 'Trento', TO: 'Torino',
  TP: 'Trapani', TR: 'Terni', TS: 'Trieste', TV: 'Treviso', UD: 'Udine', VA: 'Varese', VB: 'Verbano-Cusio-Ossola',
  VC: 'Vercelli', VE: 'Venezia', VI: 'Vicenza', VR: 'Verona', VT: 'Viterbo', VV: 'Vibo Valentia',
};

/** Lower case, accents and apostrophes made plain: «Forlì» and «forli», «L’Aquila» and «l'aquila» are the same. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’`]/g, "'").toLowerCase().trim();
}

/**
 * Whether a province answers what was typed in its picker: the sigla from its start («to», «T»),
 * or the name from the start of any of its words («Torino», «aosta», «emilia»).
 */
export function provinceMatches(sigla: Province, typed: string): boolean {
  const query = plain(typed);
  if (query === '') return true;
  if (sigla.toLowerCase().startsWith(query)) return true;
  const name = plain(PROVINCE_NAMES[sigla]);
  return name.startsWith(query) || name.split(/[\s'/-]+/).some((word) => word.startsWith(query));
}
