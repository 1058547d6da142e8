import { render } from 'preact';
import '../popup/popup.css';
import './history.css';
import { History } from './History';

render(<History />, document.getElementById('app')!);
