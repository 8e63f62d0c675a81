// stderr: report
// A tick queued by a promise job runs once the job queue is empty; when it
// throws, the jobs it queued never run.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  Promise.resolve().then(() => {
    console.log('job 1');
    process.nextTick(() => {
      Promise.resolve().then(() => console.log('job from tick'));
      throw new Error('tick boom');
    });
    Promise.resolve().then(() => console.log('job 2'));
  });
}, 1);
