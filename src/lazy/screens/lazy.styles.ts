import { flowDialogStyles } from './flow-dialog.styles.js';
import { screenStyles } from './screen.styles.js';

/** The styles that load with the screens: the screens' own and the flow's modal. */
export const lazyStyles = screenStyles + flowDialogStyles;
