import { startArticlePage } from './start';
import './style.css';

void startArticlePage('popup');
