/** The options page (being built). */
import { render } from 'preact';

render(<main><h1>Probation Lens settings</h1></main>, document.getElementById('app') as HTMLElement);
