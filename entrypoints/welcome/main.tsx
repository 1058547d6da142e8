/** The first-run page (welcome.html), opened once when the extension is installed: what it does, how to open it. */
import { render } from 'preact';
import '@/components/design.css';
import './welcome.css';
import { Welcome } from './Welcome';

render(<Welcome />, document.getElementById('app')!);
