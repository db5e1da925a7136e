// The host's own component that the Vue sample in docs/frameworks.md (DocsGate.vue) gates.
import type { DefineComponent } from 'vue';

declare module 'vue' {
  interface GlobalComponents {
    AdvancedTools: DefineComponent;
  }
}
