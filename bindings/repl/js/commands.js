'use strict';
// The REPL's built-in dot commands: .break, .clear, .exit, .help, .save
// and .load.

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() {
      this.close();
    },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const longest = Math.max(...names.map((n) => n.length));
      for (const name of names) {
        const cmd = this.commands[name];
        const spaces = ' '.repeat(longest - name.length + 3);
        this.output.write('.' + name + (cmd.help ? spaces + cmd.help : '') + '\n');
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        require('fs').writeFileSync(file, this.lines.join('\n'));
        this.output.write('Session saved to: ' + file + '\n');
      } catch {
        this.output.write('Failed to save: ' + file + '\n');
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      let data;
      try {
        const fs = require('fs');
        if (!fs.statSync(file).isFile()) {
          this.output.write('Failed to load: ' + file + ' is not a valid file\n');
          this.displayPrompt();
          return;
        }
        data = fs.readFileSync(file, 'utf8');
      } catch {
        this.output.write('Failed to load: ' + file + '\n');
        this.displayPrompt();
        return;
      }
      // The file's lines are gathered as in editor mode and evaluated
      // together once the newline after them arrives.
      this.editorMode = true;
      this.write(data);
      this.editorMode = false;
      this.write('\n');
      this.displayPrompt();
    },
  });
}

module.exports = { defineDefaultCommands };
