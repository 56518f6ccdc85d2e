import { startArticlePage } from '../popup/start';
import './style.css';

void startArticlePage('reader');
