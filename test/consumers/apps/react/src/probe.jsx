// Measures how React 19 passes props to a custom element: which `on…` spellings
// become listeners for which event names, and which props become properties.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import 'id-verification-gate';

const calls = [];
const record = (prop) => (event) => calls.push({ prop, type: event.type });

const root = createRoot(document.getElementById('root'));
flushSync(() => {
  root.render(
    <id-verification-gate
      preview-state="locked"
      templateId="itmpl_probe"
      reference-id="ref_probe"
      fields={{ nameFirst: 'Sam' }}
      onIdvVerified={record('onIdvVerified')}
      onidv-verified={record('onidv-verified')}
      onIdv-verified={record('onIdv-verified')}
      onClick={record('onClick')}
    />,
  );
});

// The same object prop on a tag that is not defined (yet): no such property to assign.
const early = document.createElement('div');
document.body.append(early);
flushSync(() => {
  createRoot(early).render(
    <idv-probe-undefined fields={{ nameFirst: 'Sam' }} />,
  );
});

const gate = document.querySelector('id-verification-gate');
for (const type of ['idv-verified', 'IdvVerified', 'Idv-verified', 'click']) {
  gate.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail: {} }));
}

window.probe = {
  calls,
  templateIdProperty: gate.templateId,
  templateIdAttributes: gate.getAttributeNames().filter((name) => name.toLowerCase() === 'templateid'),
  referenceIdAttribute: gate.getAttribute('reference-id'),
  referenceIdProperty: gate.referenceId,
  fieldsIsObject: typeof gate.fields === 'object' && gate.fields?.nameFirst === 'Sam',
  fieldsAttribute: gate.hasAttribute('fields'),
  undefinedElementFieldsAttribute: early.firstElementChild.getAttribute('fields'),
};
document.body.dataset.probe = 'done';
