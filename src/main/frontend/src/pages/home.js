import { initPage } from '../js/ui.js';

initPage();
