// Check names and reasons as Persona's catalogue has them, through the real handlers
// and the stand-in: only failed checks whose `requirement` is `required` name the
// reason; fraud checks get general words; a disallowed country or age blocks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gateWorld } from './support/gate-world.mjs';
import { server } from './support/source.mjs';

const { checkCatalogue, reasonOf } = await import('./support/internals.mjs');

/** The person fails a flow with these failed checks; what the status-url says about it. */
async function verdictFor(failedChecks) {
  const world = gateWorld();
  world.api.script('alice', { status: 'declined', failedChecks });
  const inquiryId = await world.attempt('alice', 'fail');
  return (await world.status('alice', inquiryId)).body;
}

describe("Persona's check names", () => {
  test('an expired ID gets advice: id_expired_detection, the catalogue name', async () => {
    assert.deepEqual(await verdictFor([{ name: 'id_expired_detection' }]), {
      status: 'declined',
      reason: 'document_expired',
      attemptsRemaining: 2,
    });
  });

  test('a wrong ID type: id_disallowed_type_detection is document_not_accepted', async () => {
    assert.equal((await verdictFor([{ name: 'id_disallowed_type_detection' }])).reason, 'document_not_accepted');
  });

  test('a required, failed id_disallowed_country_detection blocks: unsupported_region', async () => {
    assert.deepEqual(await verdictFor([{ name: 'id_disallowed_country_detection' }]), { status: 'blocked', reason: 'unsupported_region' });
  });

  test('a required, failed id_age_comparison blocks: underage, wherever it is listed', async () => {
    assert.deepEqual(await verdictFor([{ name: 'id_glare_detection' }, { name: 'id_age_comparison' }]), {
      status: 'blocked',
      reason: 'underage',
    });
  });

  test('the names this code once used are not Persona names and mean nothing', () => {
    for (const name of ['id_expired', 'id_disallowed_country', 'id_disallowed_type', 'id_screenshot_detection']) {
      assert.equal(Object.hasOwn(checkCatalogue, name), false, name);
      assert.deepEqual(reasonOf([name]), { blocked: false, reason: undefined });
    }
  });
});

describe('requirement: only required failed checks name the reason', () => {
  test('a not_required blur listed first does not hide the required check that failed the inquiry', async () => {
    const body = await verdictFor([
      { name: 'id_blur_detection', requirement: 'not_required' },
      { name: 'id_expired_detection', requirement: 'required' },
    ]);
    assert.equal(body.reason, 'document_expired');
  });

  test('a not_required country check does not block a person declined for glare', async () => {
    const body = await verdictFor([
      { name: 'id_disallowed_country_detection', requirement: 'not_required' },
      { name: 'id_glare_detection', requirement: 'required' },
    ]);
    assert.deepEqual(body, { status: 'declined', reason: 'glare', attemptsRemaining: 2 });
  });

  test('a selfie that did not match the ID is not told the photo was blurry (not_required blur), nor why (fraud)', async () => {
    const body = await verdictFor([
      { name: 'id_blur_detection', requirement: 'not_required' },
      { name: 'selfie_id_comparison', requirement: 'required' },
    ]);
    assert.deepEqual(body, { status: 'declined', attemptsRemaining: 2 });
  });
});

describe("fraud checks get only the gate's general words", () => {
  for (const name of ['selfie_id_comparison', 'selfie_liveness_detection', 'id_tamper_detection', 'id_fabrication_detection']) {
    test(`${name} alone: declined without a reason`, async () => {
      assert.deepEqual(await verdictFor([{ name }]), { status: 'declined', attemptsRemaining: 2 });
    });
  }

  test('advice is withheld when a fraud check failed beside a fixable one', () => {
    assert.deepEqual(reasonOf(['id_glare_detection', 'id_compromised_detection']), { blocked: false, reason: undefined });
  });

  test('every entry of the table is a user-action check with advice or a block, or a fraud check', () => {
    for (const [name, meaning] of Object.entries(checkCatalogue)) {
      assert.match(name, /^(id|selfie)_[a-z_]+$/, name);
      if (meaning.category === 'fraud') assert.deepEqual(Object.keys(meaning), ['category'], name);
      else assert.equal(meaning.category, 'user_action_required', name);
    }
  });
});

test('the Inquiry read from Persona keeps only failed, required checks, in Persona order', async () => {
  const world = gateWorld();
  world.api.script('bob', {
    status: 'failed',
    failedChecks: [
      { name: 'id_barcode_detection', requirement: 'not_required' },
      { name: 'id_glare_detection' },
      { name: 'selfie_pose_detection' },
    ],
  });
  const inquiryId = await world.attempt('bob', 'fail');
  const persona = server.createPersonaClient({ apiKey: world.api.apiKey, baseUrl: world.api.baseUrl, fetch: world.api.fetch });
  assert.deepEqual((await persona.retrieveInquiry(inquiryId)).failedChecks, ['id_glare_detection', 'selfie_pose_detection']);
});
