import type { SeededRandom } from '../matching/index.js';

const GIVEN = ['Siti', 'Budi', 'Ayu', 'Agus', 'Dewi', 'Eko', 'Rina', 'Made', 'Putu', 'Wayan', 'Nur', 'Rudi', 'Intan', 'Yohanes', 'Maria', 'Andi', 'Fitri', 'Hendra', 'Lestari', 'Bayu'];
const FAMILY = ['Rahayu', 'Santoso', 'Wijaya', 'Saputra', 'Lestari', 'Hidayat', 'Pratama', 'Kusuma', 'Siregar', 'Nasution', 'Manurung', 'Sinaga', 'Pattimura', 'Wenda', 'Latuconsina'];
const STORE_WORDS = ['Batik', 'Rumah', 'Toko', 'Warung', 'Kedai', 'Galeri', 'Dapur', 'Sentra'];
const PRODUCTS: Record<string, string[]> = {
  fashion: ['Batik', 'Kebaya', 'Songket'],
  food_beverage: ['Keripik', 'Sambal', 'Kopi', 'Kue'],
  beauty: ['Jamu', 'Lulur', 'Sabun'],
  handicraft: ['Anyaman', 'Ukiran', 'Gerabah'],
  home_living: ['Tikar', 'Mebel', 'Lampu'],
  electronics: ['Servis HP', 'Aksesoris'],
  agriculture: ['Madu', 'Beras', 'Rempah'],
  health: ['Herbal', 'Minyak Kayu Putih'],
  services: ['Laundry', 'Jahit'],
  other: ['Serba Ada'],
};

export const personName = (random: SeededRandom): string => `${random.pick(GIVEN)} ${random.pick(FAMILY)}`;

export const storeName = (random: SeededRandom, owner: string): string => `${random.pick(STORE_WORDS)} ${owner.split(' ')[0]}`;

export const businessName = (random: SeededRandom, category: string, owner: string): string =>
  `${random.pick(PRODUCTS[category] ?? PRODUCTS.other)} ${owner.split(' ')[0]}`;

export const phoneNumber = (random: SeededRandom): string => `+62 8${random.int(11, 59)} ${random.int(1000, 9999)} ${random.int(1000, 9999)}`;
