import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';

let root = null;

function mount() {
  if (root) return;
  root = createRoot(document.getElementById('root'));
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

function unmount() {
  root?.unmount();
  root = null;
}

document.getElementById('mount-app').addEventListener('click', mount);
document.getElementById('unmount-app').addEventListener('click', unmount);
mount();
