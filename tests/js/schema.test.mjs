// Every standards file the native CLI exports validates against the published JSON Schema, checked by an
// independent validator (ajv); and the schema rejects broken files, so this test can fail.
// Needs the native build: build/native/blueprint (or BLUEPRINT_CLI=path).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = process.env.BLUEPRINT_CLI ?? join(root, 'build', 'native', 'blueprint');
const samplesDir = join(root, 'assets', 'samples');
const schema = JSON.parse(readFileSync(join(root, 'assets', 'schema', 'service-standards.schema.json'), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function run(...args) {
  assert.ok(existsSync(cli), `the native CLI is not built: ${cli} (run the native build first)`);
  const r = spawnSync(cli, args, { maxBuffer: 512 * 1024 * 1024, env: { ...process.env, LANG: 'C' } });
  assert.equal(r.status, 0, `blueprint ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
  return r.stdout;
}

function assertValid(text, what) {
  const doc = JSON.parse(text);
  const ok = validate(doc);
  assert.ok(ok, `${what} does not validate:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  return doc;
}

const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.blueprint.json')).sort();
const work = mkdtempSync(join(tmpdir(), 'bp-schema-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }));

test('there are samples to check', () => {
  assert.ok(samples.length >= 3, `expected at least three samples, found ${samples.join(', ')}`);
});

for (const sample of samples) {
  test(`the standards export of ${sample} validates against the schema`, () => {
    const path = join(samplesDir, sample);
    const doc = assertValid(run('export', path, '--to', 'standards.json').toString('utf8'), sample);
    const source = JSON.parse(readFileSync(path, 'utf8'));
    let expected = 0;
    for (const c of source.circles) for (const t of c.touchpoints) for (const k of t.key_factors) expected += k.standards.length;
    assert.equal(doc.standards.length, expected);
    assert.equal(doc.blueprint.id, source.id);
    assert.ok(doc.standards.some((s) => s.type === 'hard') && doc.standards.some((s) => s.type === 'soft'));
    // Every standard says what it standardises, as the blueprint does (format 4).
    const kinds = new Map();
    for (const c of source.circles) for (const t of c.touchpoints) for (const k of t.key_factors) for (const s of k.standards) kinds.set(s.id, s.kind ?? 'unset');
    assert.deepEqual(new Map(doc.standards.map((s) => [s.id, s.kind])), kinds);
  });

  test(`${sample} converted, then exported, validates and covers every key factor`, () => {
    const converted = join(work, `converted-${sample}`);
    run('convert', join(samplesDir, sample), '-o', converted);
    const doc = assertValid(run('export', converted, '--to', 'json').toString('utf8'), `converted ${sample}`);
    const source = JSON.parse(readFileSync(converted, 'utf8'));
    const factors = new Set();
    for (const c of source.circles) for (const t of c.touchpoints) for (const k of t.key_factors) factors.add(k.id);
    assert.deepEqual(new Set(doc.standards.map((s) => s.key_factor.id)), factors);
    // Drafts say where their numbers came from; every standard carries its touchpoint's fail point.
    const original = JSON.parse(readFileSync(join(samplesDir, sample), 'utf8'));
    const drafted = original.circles.some((c) => c.touchpoints.some((t) => t.key_factors.some((k) => k.standards.length === 0)));
    if (drafted) assert.ok(doc.standards.some((s) => s.number_source !== 'unset' && s.number_basis !== ''));
    assert.ok(doc.standards.every((s) => typeof s.touchpoint.fail_point === 'boolean'));
  });
}

test('export --to FILE writes the same bytes as --to standards.json on standard output', () => {
  const path = join(samplesDir, samples[0]);
  const file = join(work, 'out.standards.json');
  run('export', path, '--to', file);
  assert.deepEqual(readFileSync(file), run('export', path, '--to', 'standards.json'));
});

// A generated blueprint with soft and hard standards, owners, unowned standards and Chinese text.
function generatedBlueprint(touchpoints) {
  const roles = [{ id: 'r-0', name: '安装工', name_en: 'Installer' }, { id: 'r-1', name: '客服', name_en: '' }];
  const circles = [];
  for (let c = 0; c < 4; c++) {
    const tps = [];
    for (let t = 0; t < touchpoints / 4; t++) {
      const id = `${c}-${t}`;
      tps.push({
        id: `tp-${id}`, name: `触点 ${id}`, role: t % 3 === 0 ? '' : `r-${t % 2}`, feeling: (t % 5) - 2,
        key_factors: [0, 1].map((k) => ({
          id: `kf-${id}-${k}`, name: `关键因素 ${k}`, expectation: k ? '' : '准时、礼貌',
          dimension: k ? 'courtesy' : 'responsiveness',
          standards: [{
            id: `st-${id}-${k}`, statement: k ? '礼貌评分不低于 4.5 分' : '24 小时内回复, "quoted" | piped',
            type: k ? 'soft' : 'hard',
            target: k
              ? { metric: '礼貌评分', unit: '分', comparator: '>=', value: 4.5, compliance: 0.9, survey_question: '满意吗？', scale_min: 1, scale_max: 5 }
              : { metric: '回复时长', unit: 'h', comparator: '<=', value: t % 7 === 0 ? null : 24, compliance: 0.95 },
            measurement: { method: k ? 'survey' : 'system_log', frequency: 'monthly' },
            owner: t % 4 === 0 ? '' : 'r-0', customer_visible: t % 2 === 0,
            review_by: t % 3 === 0 ? '' : '2027-01-31',
          }],
        })),
      });
    }
    circles.push({ id: `c-${c}`, name: `服务圈 ${c}`, position: { x: c * 700, y: 0 }, touchpoints: tps });
  }
  return { format: 'service-blueprint', format_version: 2, id: 'bp-gen', name: '生成的蓝图', roles, circles };
}

test('a large generated blueprint exports a valid standards file', () => {
  const path = join(work, 'large.blueprint.json');
  writeFileSync(path, JSON.stringify(generatedBlueprint(2000)));
  const doc = assertValid(run('export', path, '--to', 'standards.json').toString('utf8'), 'the large export');
  assert.equal(doc.standards.length, 2000 * 2);
  assert.ok(doc.standards.some((s) => s.owner === null && s.review_by === null && s.target.value === null));
});

test('the schema rejects broken standards files', () => {
  const good = JSON.parse(run('export', join(samplesDir, samples[0]), '--to', 'standards.json').toString('utf8'));
  assert.ok(validate(good));
  const hard = good.standards.findIndex((s) => s.type === 'hard');
  const soft = good.standards.findIndex((s) => s.type === 'soft');
  const breakages = {
    'wrong format name': (d) => { d.format = 'service-blueprint'; },
    'missing format_version': (d) => { delete d.format_version; },
    'missing statement': (d) => { delete d.standards[0].statement; },
    'unknown type': (d) => { d.standards[0].type = 'medium'; },
    'unknown comparator': (d) => { d.standards[0].target.comparator = '~'; },
    'compliance as a percentage': (d) => { d.standards[0].target.compliance = 95; },
    'value as text': (d) => { d.standards[0].target.value = '3'; },
    'unknown method': (d) => { d.standards[0].measurement.method = 'guess'; },
    'owner as a bare string': (d) => { d.standards[0].owner = 'r-promoter'; },
    'malformed review date': (d) => { d.standards[0].review_by = '2027-13-45'; },
    'order 0': (d) => { d.standards[0].touchpoint.order = 0; },
    'missing key factor trace': (d) => { delete d.standards[0].key_factor; },
    'unknown dimension': (d) => { d.standards[0].key_factor.dimension = 'speed'; },
    'an unknown field': (d) => { d.standards[0].colour = 'red'; },
    'soft without survey question': (d) => { delete d.standards[soft].target.survey_question; },
    'hard with a scale': (d) => { d.standards[hard].target.scale = { min: 1, max: 5 }; },
    'standards not an array': (d) => { d.standards = {}; },
    'unknown number source': (d) => { d.standards[0].number_source = 'guessed'; },
    'missing number basis': (d) => { delete d.standards[0].number_basis; },
    'missing fail point': (d) => { delete d.standards[0].touchpoint.fail_point; },
    'feeling out of range': (d) => { d.standards[0].touchpoint.feeling = 3; },
    'negative duration': (d) => { d.standards[0].touchpoint.duration_minutes = -1; },
    'missing scoring': (d) => { delete d.standards[0].scoring; },
    'unknown scoring method': (d) => { d.standards[0].scoring.method = 'median'; },
    'negative weight': (d) => { d.standards[0].scoring.weight = -1; },
    'unknown measurer': (d) => { d.standards[0].scoring.sample.by = 'robot'; },
    'target history without a reason': (d) => { d.standards[0].target_history = [{ date: '2026-01-01', compliance: 0.9, value: 3 }]; },
    'unknown standard kind': (d) => { d.standards[0].kind = 'mood'; },
  };
  for (const [name, breakIt] of Object.entries(breakages)) {
    const broken = structuredClone(good);
    breakIt(broken);
    assert.equal(validate(broken), false, `the schema accepted a file with ${name}`);
  }
});

test('the standards export of a format 4 blueprint carries scoring and target history, and validates', () => {
  const fixture = join(root, 'tests', 'fixtures', 'water_heater.v4-results.blueprint.json');
  const doc = assertValid(run('export', fixture, '--to', 'standards.json').toString('utf8'), 'the v4 fixture');
  const byId = Object.fromEntries(doc.standards.map((s) => [s.id, s]));
  assert.equal(byId['st-wh-ontime'].scoring.critical, true);
  assert.equal(byId['st-wh-ontime'].scoring.weight, 2);
  assert.deepEqual(byId['st-wh-covers'].scoring.sample, { by: 'mystery_shopper', role: '', per_period: 4, sites: ['北京朝阳店', '上海徐汇店'] });
  assert.equal(byId['st-wh-advice'].scoring.method, 'top_box');  // derived from its survey
  assert.equal(byId['st-wh-price'].scoring.sample.role, 'r-promoter');  // measured by its owner's role
  assert.equal(byId['st-wh-callback'].target_history.length, 2);
  assert.equal(byId['st-wh-callback'].target_history[0].date, null);
});

// ---- the results file (assets/schema/service-results.schema.json)
const resultsSchema = JSON.parse(readFileSync(join(root, 'assets', 'schema', 'service-results.schema.json'), 'utf8'));
const validateResults = ajv.compile(resultsSchema);
const goodResults = {
  format: 'service-results', format_version: 1,
  observations: [
    { standard: 'st-wh-slot', date: '2026/11/3', site: '北京朝阳店', value: 8, comment: '准时' },
    { standard: 'st-wh-slot', period: '2026-11', site: '北京朝阳店', pass: false },
    { standard: 'st-wh-covers', period: '2026-11', site: '上海徐汇店', result: '不适用' },
  ],
  aggregates: [{ standard: 'st-wh-eta', period: '2026-11', site: '北京朝阳店', n: 40, met: 39 }],
};

test('a results file validates against the results schema and imports into the blueprint', () => {
  assert.ok(validateResults(goodResults), ajv.errorsText(validateResults.errors));
  const fixture = join(root, 'tests', 'fixtures', 'water_heater.v4-results.blueprint.json');
  const results = join(work, 'good.results.json');
  writeFileSync(results, JSON.stringify(goodResults));
  const out = join(work, 'imported.blueprint.json');
  run('import-results', fixture, results, '-o', out);
  const imported = JSON.parse(readFileSync(out, 'utf8'));
  assert.ok(imported.results.periods.includes('2026-11'));
  assert.ok(imported.results.series.some((s) => s.standard === 'st-wh-eta'));
});

test('the results schema rejects broken results files', () => {
  const breakages = {
    'wrong format name': (d) => { d.format = 'service-standards'; },
    'neither period nor date': (d) => { delete d.observations[1].period; },
    'both period and date': (d) => { d.observations[0].period = '2026-11'; },
    'month 13': (d) => { d.observations[1].period = '2026-13'; },
    'no answer': (d) => { delete d.observations[0].value; },
    'no site': (d) => { delete d.observations[0].site; },
    'a misspelt field': (d) => { d.observations[0].valu = 3; },
    'negative count': (d) => { d.aggregates[0].n = -1; },
    'counts without met': (d) => { delete d.aggregates[0].met; },
  };
  for (const [name, breakIt] of Object.entries(breakages)) {
    const broken = structuredClone(goodResults);
    breakIt(broken);
    assert.equal(validateResults(broken), false, `the results schema accepted a file with ${name}`);
  }
});
