// negatives.mjs writes realistic names of people and companies from many
// cultures, as the raw input of `go run ./screen/internal/evalgen negatives`,
// which removes the ones that are listed names. They measure the screener's
// false alarms: payroll names that are NOT on the list.
//
// Run (versions pinned, seed fixed: the output is byte-identical):
//
//	mkdir -p /tmp/fk && cd /tmp/fk && npm init -y
//	npm install @faker-js/faker@9.9.0 arabic-name-to-en@1.0.6 pinyin-pro@3.29.4
//	cp <repo>/screen/internal/evalgen/negatives.mjs . && node negatives.mjs /tmp/negatives-raw.tsv
//
// How the names are made:
//   - People: per locale, a first and a last name of one sex from faker's
//     locale data (a patronymic from faker's middle names for ru and uk, a
//     second first name elsewhere but in East Asian names), written "First Last" (65%), "First
//     Middle Last" (15%) or "LAST, First" (20%); Chinese, Korean and
//     Vietnamese names mostly surname first, as their owners write them.
//   - Most names are written in Latin script, as payroll systems hold them:
//     Cyrillic by a BGN/PCGN-like table (Ukrainian and Macedonian letters
//     included), Greek, Georgian and Armenian by their national tables,
//     Chinese by pinyin-pro (no tones), Korean by Revised Romanization with
//     the customary spelling of common surnames (Kim, Lee, Park), Arabic,
//     Persian and Urdu by arabic-name-to-en, keeping only results that look
//     like a name (the package guesses vowels, and some guesses are not).
//     13% of the people and 15% of the companies of locales with their own
//     script stay in it (about 10% of all names); Hebrew and Japanese only
//     in their script
//     (no reliable romanization here).
//   - Companies: faker's company.name() of the locale (Latin-ized like the
//     people), and a pattern "<surname or city> <trade word> <legal form of
//     the country>" ("Kaya Tekstil Ltd. Şti.", "Petrov Logistics OOO").
//
// Columns: name, locale, kind (individual or entity).
import { allLocales, Faker } from '@faker-js/faker';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const arabicToEn = require('arabic-name-to-en');

const SEED = 20251119;
const out = process.argv[2] || '/dev/stdout';

// Persons per locale: weighted toward the cultures most names on the list
// come from (their near misses are the false alarms that matter), and those
// common on payrolls.
const people = {
  ar: 1200, fa: 700, ur: 300, tr: 500, az: 300, uz_UZ_latin: 400,
  ru: 1200, uk: 500, mk: 150,
  zh_CN: 900, zh_TW: 200, ko: 600, ja: 200, vi: 400, id_ID: 400,
  es: 500, es_MX: 600, pt_BR: 400, de: 400, fr: 300, fr_SN: 250, it: 300, pl: 300,
  he: 200, el: 200, ka_GE: 150, hy: 150,
  en: 600, en_IN: 400, en_NG: 200,
};
const companiesPer = 110; // per locale: about 3,300 in all

// Own-script locales and how their names become Latin. null: kept native.
const nativeOnly = new Set(['he', 'ja']);
const ownScript = new Set(['ar', 'fa', 'ur', 'ru', 'uk', 'mk', 'zh_CN', 'zh_TW', 'ko', 'ja', 'he', 'el', 'ka_GE', 'hy']);
const surnameFirst = new Set(['zh_CN', 'zh_TW', 'ko', 'vi']);

const cyr = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ye', ё: 'yo', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ѓ: 'gj', ѕ: 'dz', ј: 'j', љ: 'lj',
  њ: 'nj', ќ: 'kj', џ: 'dzh', "'": '', 'ʼ': '',
};
const ukOverride = { г: 'h', и: 'y', е: 'e' };
const greek = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const georgian = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o',
  პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts',
  ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
};
const armenian = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts',
  կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j',
  ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', փ: 'p', ք: 'k', և: 'ev', օ: 'o', ֆ: 'f',
};

const cap = (s) => s.replace(/(^|[\s-])(\p{L})/gu, (m, a, b) => a + b.toUpperCase());

function byTable(word, table, pre) {
  let s = word.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');
  if (pre) s = pre(s);
  let r = '';
  for (const ch of s) r += ch in table ? table[ch] : ch;
  return cap(r);
}

const koSurnames = {
  김: 'Kim', 이: 'Lee', 박: 'Park', 최: 'Choi', 정: 'Jung', 강: 'Kang', 조: 'Cho', 윤: 'Yoon', 장: 'Jang', 임: 'Lim',
  한: 'Han', 오: 'Oh', 서: 'Seo', 신: 'Shin', 권: 'Kwon', 황: 'Hwang', 안: 'Ahn', 송: 'Song', 유: 'Yoo', 홍: 'Hong',
  전: 'Jeon', 고: 'Ko', 문: 'Moon', 양: 'Yang', 손: 'Son', 배: 'Bae', 백: 'Baek', 허: 'Heo', 노: 'Noh', 하: 'Ha',
  곽: 'Kwak', 성: 'Sung', 차: 'Cha', 주: 'Joo', 우: 'Woo', 구: 'Koo', 민: 'Min', 류: 'Ryu', 나: 'Na', 진: 'Jin',
  심: 'Shim', 남: 'Nam', 육: 'Yuk', 지: 'Ji', 엄: 'Eom', 채: 'Chae', 원: 'Won', 천: 'Cheon', 방: 'Bang', 공: 'Kong',
};
const RR_L = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const RR_V = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const RR_T = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
function hangulSyllables(s) {
  const out = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) - 0xac00;
    if (c < 0 || c > 11171) { out.push(ch); continue; }
    out.push(RR_L[Math.floor(c / 588)] + RR_V[Math.floor((c % 588) / 28)] + RR_T[c % 28]);
  }
  return out;
}

const han = (s) => pinyin(s, { toneType: 'none', type: 'array', surname: 'head' }).map((x) => x.replace(/ü/g, 'u').replace(/v/g, 'u'));

// plausible says whether a guessed romanization reads like a name: letters
// only, vowels in it, no cluster of three consonants outside the usual
// digraphs, no word that starts with two consonants that are not one.
function plausible(s) {
  if (!/^[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+)*$/.test(s)) return false;
  for (const w of s.toLowerCase().split(/[ '-]/)) {
    if (w.length < 2 || !/[aeiou]/.test(w)) return false;
    const t = w.replace(/kh|sh|th|gh|dh|ch/g, 'X');
    if (/[^aeiouyX]{3}/.test(t)) return false;
    if (/^[^aeiouyX]{2}/.test(t)) return false;
    if (/[aeiou]{3}/.test(w)) return false;
  }
  return true;
}

// latin writes one name part of locale loc in Latin script, or returns null.
function latin(part, loc, isSurname) {
  switch (loc) {
    case 'ru': case 'mk':
      return byTable(part, cyr);
    case 'uk':
      return byTable(part, { ...cyr, ...ukOverride });
    case 'el':
      return byTable(part, greek, (s) => s.replace(/ου/g, 'ou').replace(/αι/g, 'ai').replace(/ει/g, 'ei').replace(/^μπ/, 'b').replace(/ντ/g, 'nt'));
    case 'ka_GE':
      return byTable(part, georgian);
    case 'hy':
      return byTable(part, armenian, (s) => s.replace(/ու/g, 'u').replace(/^ե/, 'յե').replace(/^ո/, 'vo'));
    case 'zh_CN': case 'zh_TW': {
      const syl = han(part);
      return cap(syl.join(''));
    }
    case 'ko': {
      if (isSurname && koSurnames[part]) return koSurnames[part];
      const syl = hangulSyllables(part);
      return cap(syl.join(''));
    }
    case 'ar': case 'fa': case 'ur': {
      const a = part.replace(/ی/g, 'ي').replace(/ک/g, 'ك').replace(/[ہھۀ]/g, 'ه');
      const r = arabicToEn(a);
      return typeof r === 'string' && plausible(r.trim()) ? r.trim() : null;
    }
    default:
      return part;
  }
}

const rows = [];
const add = (name, loc, kind) => {
  name = name.replace(/\s+/g, ' ').trim();
  if (name && !/[\t\n]/.test(name)) rows.push([name, loc, kind]);
};

function faker(loc, i) {
  const f = new Faker({ locale: [allLocales[loc], allLocales.en, allLocales.base] });
  f.seed(SEED + i);
  return f;
}

const locales = Object.keys(people);
locales.forEach((loc, li) => {
  const f = faker(loc, li);
  const hasMiddle = !!allLocales[loc].person.middle_name;
  let made = 0;
  for (let tries = 0; made < people[loc] && tries < people[loc] * 20; tries++) {
    const sex = f.person.sexType();
    const first = f.person.firstName(sex);
    const last = f.person.lastName(sex);
    let middle = null;
    const form = f.number.float();
    if (form >= 0.65 && form < 0.8 && !surnameFirst.has(loc) && loc !== 'ja') middle = hasMiddle ? f.person.middleName(sex) : f.person.firstName(sex);
    const comma = form >= 0.8;
    const native = nativeOnly.has(loc) || (ownScript.has(loc) && f.number.float() < 0.13);
    if (native) {
      const join = surnameFirst.has(loc) || loc === 'ja' ? (loc === 'ja' ? ' ' : '') : ' ';
      if (surnameFirst.has(loc) || loc === 'ja') add(last + join + first, loc, 'individual');
      else if (loc === 'ru' || loc === 'uk') add(f.datatype.boolean() ? `${last} ${first}${middle ? ' ' + middle : ''}` : `${first} ${last}`, loc, 'individual');
      else add([first, middle, last].filter(Boolean).join(' '), loc, 'individual');
      made++;
      continue;
    }
    const L = latin(last, loc, true);
    const F = latin(first, loc, false);
    const M = middle ? latin(middle, loc, false) : null;
    if (!L || !F || (middle && !M)) continue;
    let name;
    if (comma) name = `${L.toUpperCase()}, ${[F, M].filter(Boolean).join(' ')}`;
    else if (surnameFirst.has(loc) && f.number.float() < 0.7) name = [L, M, F].filter(Boolean).join(' ');
    else name = [F, M, L].filter(Boolean).join(' ');
    if (loc === 'ko' && !comma && f.number.float() < 0.4) {
      // Korean given names are also written with a hyphen: "Ga-ram".
      const syl = hangulSyllables(first);
      if (syl.length === 2 && !koSurnames[first]) name = name.replace(F, cap(syl[0]) + '-' + syl[1]);
    }
    add(name, loc, 'individual');
    made++;
  }
});

// Companies.
const trade = ['Trading', 'Logistics', 'Shipping', 'Construction', 'Textiles', 'Foods', 'Electronics', 'Consulting',
  'Holdings', 'Industries', 'Import Export', 'Petroleum', 'Technologies', 'Pharma', 'Agro', 'Motors', 'Capital',
  'Investments', 'Real Estate', 'Travel', 'Marine', 'Energy', 'Steel', 'Software', 'Medical', 'General Trading',
  'Auto Parts', 'Furniture', 'Security', 'Exchange'];
const forms = {
  ar: ['LLC', 'Trading Co.', 'FZE', 'W.L.L.', 'Est.'], fa: ['Co.', 'Ltd', 'Trading Co.'], ur: ['Pvt Ltd', '(Private) Limited'],
  tr: ['A.Ş.', 'Ltd. Şti.'], az: ['MMC', 'LLC'], uz_UZ_latin: ['MChJ', 'LLC'], ru: ['OOO', 'AO', 'LLC'], uk: ['TOV', 'PrAT', 'LLC'],
  mk: ['DOOEL', 'DOO'], zh_CN: ['Co., Ltd.', 'Limited'], zh_TW: ['Co., Ltd.', 'Corporation'], ko: ['Co., Ltd.', 'Corp.'],
  ja: ['K.K.', 'Co., Ltd.'], vi: ['Co., Ltd', 'JSC'], id_ID: ['PT', 'Tbk'], es: ['S.A.', 'S.L.'], es_MX: ['S.A. de C.V.', 'S. de R.L. de C.V.'],
  pt_BR: ['Ltda', 'S.A.', 'ME'], de: ['GmbH', 'AG', 'GmbH & Co. KG'], fr: ['SARL', 'SAS', 'S.A.'], fr_SN: ['SARL', 'SA'],
  it: ['S.r.l.', 'S.p.A.'], pl: ['Sp. z o.o.', 'S.A.'], he: ['Ltd'], el: ['S.A.', 'IKE'], ka_GE: ['LLC', 'JSC'], hy: ['LLC', 'CJSC'],
  en: ['LLC', 'Inc.', 'Ltd', 'Corp.'], en_IN: ['Pvt Ltd', 'Private Limited', 'LLP'], en_NG: ['Ltd', 'Nigeria Limited', 'Plc'],
};
const leadingForm = new Set(['OOO', 'AO', 'TOV', 'PrAT', 'PT', 'MChJ']);
locales.forEach((loc, li) => {
  const f = faker(loc, 1000 + li);
  let made = 0;
  for (let tries = 0; made < companiesPer && tries < companiesPer * 20; tries++) {
    if (f.number.float() < 0.5) {
      let n;
      try { n = f.company.name(); } catch { continue; }
      const native = ownScript.has(loc) && f.number.float() < 0.15;
      if (!native && ownScript.has(loc)) {
        if (/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Arabic}|\p{Script=Hebrew}/u.test(n)) continue; // no word boundaries to transliterate by
        const words = n.split(/\s+/).map((w) => latin(w, loc, false));
        if (words.some((w) => !w)) continue;
        n = words.join(' ');
      }
      add(n, loc, 'entity');
    } else {
      const useCity = f.number.float() < 0.3;
      const base = useCity ? f.location.city() : f.person.lastName();
      const B = ownScript.has(loc) ? latin(base, loc, true) : base;
      if (!B || /[^\p{Script=Latin}\s'.-]/u.test(B)) continue;
      const form = f.helpers.arrayElement(forms[loc] || ['Ltd']);
      const t = f.helpers.arrayElement(trade);
      add(leadingForm.has(form) ? `${form} ${B} ${t}` : `${B} ${t} ${form}`, loc, 'entity');
    }
    made++;
  }
});

writeFileSync(out, 'name\tlocale\tkind\n' + rows.map((r) => r.join('\t')).join('\n') + '\n');
console.error(`wrote ${rows.length} names to ${out}`);
