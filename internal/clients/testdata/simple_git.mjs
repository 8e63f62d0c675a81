// env: GIT_AUTHOR_NAME=T GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=T GIT_COMMITTER_EMAIL=t@example.com GIT_CONFIG_NOSYSTEM=1 HOME=/tmp
// simple-git runs git in a fresh repository as under node.
import { simpleGit } from 'simple-git';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sgit-'));
try {
  const git = simpleGit(dir);
  await git.init(['-b', 'main']);
  fs.writeFileSync(path.join(dir, 'a.txt'), 'one\n');
  await git.add('a.txt');
  const c = await git.commit('first');
  console.log(c.branch, c.summary);
  const st = await git.status();
  console.log(st.current, st.isClean(), st.files.length);
  fs.writeFileSync(path.join(dir, 'b.txt'), 'two\n');
  const st2 = await git.status();
  console.log(st2.not_added);
  const log = await git.log();
  console.log(log.total, log.latest.message);
  console.log((await git.branchLocal()).all);
  try {
    await git.checkout('nope');
  } catch (e) {
    console.log(e.constructor.name, e.message.trim().split('\n')[0]);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
