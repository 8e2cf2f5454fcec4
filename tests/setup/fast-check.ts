import fc from 'fast-check';
import { FC_RUNS } from '../helpers/fast-check';

// Every property runs FC_RUNS times unless it asks for a multiple (`runs(n)`).
fc.configureGlobal({ numRuns: FC_RUNS });
