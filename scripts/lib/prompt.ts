// Reads a secret without echoing it: from a TTY with the characters hidden, or a piped line.
import readline from 'node:readline';

export async function readSecret(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = readline.createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return '';
  }
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    let isMuted = false;
    output._writeToOutput = (text: string) => {
      if (!isMuted || text.includes('\n')) process.stdout.write(isMuted ? '\n' : text);
    };
    rl.question(question, (answer) => {
      rl.close();
      resolve(answer);
    });
    isMuted = true;
  });
}
