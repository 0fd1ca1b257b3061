// The benchmark's peer for the PDF viewer: pdf.js's own viewer component, set up as our viewer sets it up (the same
// pdfjs-dist, worker, data files and options, a text layer, fitted to the width) with no lens and no toolbar.
// bench/pdf.mjs bundles it with esbuild and serves it as a web page on example.org: it is no part of the extension.
import * as pdfjs from 'pdfjs-dist';
import { EventBus, LinkTarget, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdf-worker.mjs', import.meta.url).href;
const assets = (dir) => new URL(`${dir}/`, import.meta.url).href;
const eventBus = new EventBus();
const linkService = new PDFLinkService({ eventBus, externalLinkTarget: LinkTarget.BLANK });
const findController = new PDFFindController({ eventBus, linkService });
const viewer = new PDFViewer({
  container: document.getElementById('viewerContainer'), viewer: document.getElementById('viewer'), eventBus, linkService, findController, textLayerMode: 1,
});
linkService.setViewer(viewer);
eventBus.on('pagesinit', () => { viewer.currentScaleValue = 'page-width'; }, { once: true });
const pdf = await pdfjs.getDocument({
  url: new URL('document.pdf', import.meta.url).href,
  cMapUrl: assets('cmaps'), cMapPacked: true, standardFontDataUrl: assets('standard_fonts'), wasmUrl: assets('wasm'), iccUrl: assets('iccs'),
  enableScripting: false, isEvalSupported: false, useSystemFonts: false,
}).promise;
viewer.setDocument(pdf);
linkService.setDocument(pdf);
