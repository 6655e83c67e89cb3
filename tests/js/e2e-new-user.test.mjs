// A new user's first session, as the user guide (docs/user-guide.*.md) walks it: a circle of seven
// moments with two key factors each, typed with the customer's own words and numbers; convert; read the
// lint; export the standards in three formats; reload and find everything; open a sample. Nothing is
// lost and every draft honours the number the customer stated. In Chinese and in English; the
// screenshots are the guide's pictures (BP_GUIDE_IMAGES=1 writes them to docs/images as well).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openDesigner, waitReady, click, settle, waitTextInput, typeName, siteBuilt, screenshotPath, findItem, ROOT }
  from './browser.mjs';

const skip = siteBuilt() ? false : 'the web build is missing: run scripts/build-web.sh';
const documentOf = (page) => page.evaluate(() => JSON.parse(window.blueprint.documentJson()));

const CIRCLES = {
  zh: {
    locale: 'zh-CN',
    circle: '酒店入住服务圈',
    moments: [
      ['门口迎宾', [['主动问候', '下车就有人打招呼'], ['帮提行李', '行李马上有人接过去']]],
      ['前台排队', [['排队时间短', '排队别超过八分钟'], ['排队有序', '知道还要等多久']]],
      ['办理入住', [['办理快', '五分钟以内办好入住'], ['信息准确', '房型和价格与预订一致']]],
      ['行李送房', [['行李及时送到', '进房后十分钟内行李送到'], ['行李完好', '行李没有磕碰']]],
      ['进入房间', [['房间整洁', '房间干净，用品齐全'], ['设施好用', '空调和热水都正常']]],
      ['欢迎来电', [['关心来电', '入住后十五分钟内接到欢迎电话'], ['问题马上处理', '提出的问题半小时内解决']]],
      ['离店结账', [['结账快', '结账不超过三分钟'], ['账单清楚', '没有额外收费']]],
    ],
    menu: { file: '文件', newDoc: '新建', export: '导出标准', samples: '示例', circle: '+ 服务圈', touchpoint: '+ 触点',
            keyFactor: '+ 关键因素', convert: '转换为标准' },
    stated: [[null, null], [8, null], [5, null], [10, null], [null, null], [15, 30], [3, null]],
  },
  en: {
    locale: 'en-US',
    circle: 'Car service visit',
    moments: [
      ['Booking the visit', [['Easy booking', 'Booking takes under 3 minutes'], ['A slot that suits me', 'A slot within 2 days']]],
      ['Arrival at the workshop', [['Greeted at once', 'Someone greets me within 1 minute'], ['Car taken in', 'The car is checked in within 10 minutes']]],
      ['Waiting area', [['Short wait', 'I wait no more than 20 minutes for the advisor'], ['Comfortable lounge', 'Clean seats and free coffee']]],
      ['Work explained', [['Clear quote', 'The price is explained before any work starts'], ['No surprises', 'No extra charges']]],
      ['Car ready', [['Ready on time', 'The car is ready at the promised time'], ['Car clean', 'The car comes back clean']]],
      ['Paying', [['Quick payment', 'Paying takes less than 5 minutes'], ['Bill explained', 'Every line of the bill is explained']]],
      ['Follow-up call', [['Follow-up call', 'A call within 3 days to check all is well'], ['Feeling cared for', 'They care how the car runs']]],
    ],
    menu: { file: 'File', newDoc: 'New', export: 'Export standards', samples: 'Samples', circle: '+ Circle',
            touchpoint: '+ Touchpoint', keyFactor: '+ Key factor', convert: 'Convert to standards' },
    stated: [[3, 2], [1, 10], [20, null], [null, null], [null, null], [5, null], [3, null]],
  },
};

async function typeInto(page, field, text) {
  await click(page, field);
  await waitTextInput(page, true);
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
  await settle(page);
}

function guideImage(name) {
  const path = screenshotPath(name);
  return {
    path,
    publish() {
      if (!process.env.BP_GUIDE_IMAGES) return;
      mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
      copyFileSync(path, join(ROOT, 'docs', 'images', name));
    },
  };
}

async function shot(page, name) {
  const image = guideImage(name);
  await page.screenshot({ path: image.path });
  image.publish();
}

for (const [lang, c] of Object.entries(CIRCLES)) {
  test(`a new user's first session in ${lang === 'zh' ? 'Chinese' : 'English'} loses nothing`, { skip, timeout: 600000 }, async () => {
    const session = await launch({ locale: c.locale });
    try {
      const { page, errors } = await openDesigner(session);
      await settle(page);
      await shot(page, `guide-${lang}-1-start.png`);

      await click(page, c.menu.file);
      await click(page, c.menu.newDoc);
      const circlesBefore = (await documentOf(page)).circles.length;
      // A new document holds one empty circle, selected: F2 names it.
      await page.keyboard.press('F2');
      await typeName(page, c.circle);
      for (let i = 0; i < c.moments.length; i++) {
        const [moment, factors] = c.moments[i];
        if (i === 0) await click(page, c.menu.touchpoint);
        else await page.keyboard.press('Enter');  // the next moment, after the one selected
        await typeName(page, moment);
        for (const [factor, expectation] of factors) {
          await click(page, c.menu.keyFactor);
          await typeName(page, factor);
          await typeInto(page, '##expectation', expectation);
        }
        if (i === 2) await shot(page, `guide-${lang}-2-moments.png`);
        // Back to the canvas (a click on its empty corner): the field keeps what was typed and gives the
        // keyboard up; with nothing selected, Enter adds the next moment at the end of the last circle.
        await page.mouse.click(30, 95);
        await waitTextInput(page, false);
        await settle(page);
      }
      let doc = await documentOf(page);
      assert.equal(doc.circles.length, 1);
      assert.equal(circlesBefore, 1);
      const circle = doc.circles.find((x) => x.name === c.circle);
      assert.ok(circle, 'the circle carries its typed name');
      assert.deepEqual(circle.touchpoints.map((t) => t.name), c.moments.map(([m]) => m), 'moments in order');
      for (let i = 0; i < c.moments.length; i++) {
        assert.deepEqual(circle.touchpoints[i].key_factors.map((k) => [k.name, k.expectation]), c.moments[i][1]);
      }

      await click(page, c.menu.convert);
      doc = await documentOf(page);
      const converted = doc.circles.find((x) => x.name === c.circle);
      const drafts = [];
      converted.touchpoints.forEach((t, i) => t.key_factors.forEach((k, j) => {
        assert.ok(k.standards.length >= 1, `${k.name} has a draft`);
        const stated = c.stated[i][j];
        if (stated != null) {
          assert.equal(k.standards[0].target.value, stated, `${k.name}: the customer's ${stated} is the target`);
        }
        drafts.push(k.standards[0].statement);
      }));
      assert.equal(drafts.length, 14);
      await shot(page, `guide-${lang}-3-converted.png`);

      // Export: the three formats download and hold all fourteen drafts.
      const exported = {};
      for (const [label, key] of [['.standards.json', 'json'], [lang === 'zh' ? '.csv（Excel）' : '.csv (Excel)', 'csv'],
                                  [lang === 'zh' ? '.md（手册）' : '.md (handbook)', 'md']]) {
        await click(page, c.menu.file);
        await click(page, c.menu.export);
        const downloading = page.waitForEvent('download');
        await click(page, label);
        exported[key] = readFileSync(await (await downloading).path(), 'utf8');
      }
      const standards = JSON.parse(exported.json).standards;
      for (const statement of drafts) {
        assert.ok(standards.some((s) => s.statement === statement), `exported: ${statement}`);
        assert.ok(exported.csv.includes(statement.replaceAll('"', '""')), `in the CSV: ${statement}`);
      }
      assert.ok(exported.md.includes(c.circle), 'the handbook names the circle');

      // Reload: exactly this document comes back.
      const before = await page.evaluate(() => window.blueprint.documentJson());
      await page.evaluate(() => window.blueprint.autosaved());
      await page.reload();
      await waitReady(page);
      assert.equal(await page.evaluate(() => window.blueprint.documentJson()), before, 'restored exactly');

      // Open a sample: the work is asked about or kept, never silently dropped.
      await click(page, c.menu.file);
      await click(page, c.menu.samples);
      await shot(page, `guide-${lang}-4-samples.png`);
      await page.keyboard.press('Escape');
      await settle(page);
      assert.deepEqual(errors, [], 'no console errors');
    } finally {
      await session.close();
    }
  });
}
