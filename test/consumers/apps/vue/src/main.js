import { createApp } from 'vue';
import App from './App.vue';

let app = null;

function mount() {
  if (app) return;
  app = createApp(App);
  app.mount('#app');
}

function unmount() {
  app?.unmount();
  app = null;
}

document.getElementById('mount-app').addEventListener('click', mount);
document.getElementById('unmount-app').addEventListener('click', unmount);
mount();
