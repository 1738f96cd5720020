/**
 * Population (2020 census, millions, after the 2022 Papua split) and the main regional language
 * (ISO 639) of each province: SMEs spread by population, and speak the language of their place.
 */
export const PROVINCE_PROFILES: Readonly<Record<string, { population: number; language: string | null }>> = {
  '11': { population: 5.3, language: 'ace' },
  '12': { population: 14.8, language: 'bbc' },
  '13': { population: 5.5, language: 'min' },
  '14': { population: 6.4, language: 'ms' },
  '15': { population: 3.5, language: 'ms' },
  '16': { population: 8.5, language: 'ms' },
  '17': { population: 2.0, language: 'ms' },
  '18': { population: 9.0, language: 'jv' },
  '19': { population: 1.5, language: 'ms' },
  '21': { population: 2.1, language: 'ms' },
  '31': { population: 10.6, language: 'bew' },
  '32': { population: 48.3, language: 'su' },
  '33': { population: 36.5, language: 'jv' },
  '34': { population: 3.7, language: 'jv' },
  '35': { population: 41.0, language: 'jv' },
  '36': { population: 11.9, language: 'su' },
  '51': { population: 4.3, language: 'ban' },
  '52': { population: 5.3, language: 'sas' },
  '53': { population: 5.3, language: null },
  '61': { population: 5.4, language: 'ms' },
  '62': { population: 2.7, language: 'bjn' },
  '63': { population: 4.1, language: 'bjn' },
  '64': { population: 3.8, language: 'bjn' },
  '65': { population: 0.7, language: null },
  '71': { population: 2.6, language: null },
  '72': { population: 3.0, language: null },
  '73': { population: 9.1, language: 'bug' },
  '74': { population: 2.6, language: null },
  '75': { population: 1.2, language: null },
  '76': { population: 1.4, language: 'mdr' },
  '81': { population: 1.8, language: null },
  '82': { population: 1.3, language: null },
  '91': { population: 1.0, language: null },
  '92': { population: 1.1, language: null },
  '93': { population: 0.5, language: null },
  '94': { population: 1.3, language: null },
  '95': { population: 1.4, language: null },
  '96': { population: 0.6, language: null },
};

/** The product categories of docs/api.md. */
export const CATEGORIES = ['fashion', 'food_beverage', 'beauty', 'handicraft', 'home_living', 'electronics', 'agriculture', 'health', 'services', 'other'];
/** How common each category is among SMEs (food and fashion lead, as in the program's reports). */
export const CATEGORY_WEIGHTS = [18, 30, 8, 10, 7, 4, 9, 4, 6, 4];
