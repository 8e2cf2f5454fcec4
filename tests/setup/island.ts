import { configure } from '@testing-library/preact';

// `waitFor` and `findBy…` give up after 1 s by default: too short on a busy two-core machine,
// where a share link's decoder (loaded on demand) can take longer to arrive. They still return
// as soon as the state is there.
configure({ asyncUtilTimeout: 10_000 });
