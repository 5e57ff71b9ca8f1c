import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { BODY, claimStarting } from './claimHelpers';

test('"he said" after a speaker whose name was not found is not an older person\'s', () => {
  const a = analyze(
    BODY +
      'Tomas Grell filed this story.\n\nOfficers found no trace of the smugglers along the coast road.\n\nCoast Police chief DSP Qarim Zelnou said extra patrols would start on Sunday.\n\nHe said two boats had been seized.',
  );
  const grell = a.entities.find((m) => m.text === 'Tomas Grell')?.entity;
  assert.notEqual(claimStarting(a, 'He said two boats').speaker, grell, JSON.stringify(a.entities.map((m) => [m.text, m.type])));
});
