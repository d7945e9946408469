import { mount } from 'svelte';
import App from './App.svelte';
import { interceptLinkClicks } from './lib/router.svelte.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

interceptLinkClicks(document.body);
mount(App, { target });
