/** Child processes for the benchmark: timed runs with peak memory, and servers to stop afterwards. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface TimedRun {
  code: number | null;
  seconds: number;
  /** Peak resident memory of the command, from GNU time, when it is installed. */
  peakRssMB?: number;
  /** CPU seconds (user + system) of the command, from GNU time: unlike wall time, barely moved by other load. */
  cpuSeconds?: number;
  output: string;
  timedOut: boolean;
}

const GNU_TIME = '/usr/bin/time';

/** Reads "User time (seconds): 1.5" and "System time (seconds): 0.25" from `time -v` output. */
export function cpuSecondsFromTimeOutput(output: string): number | undefined {
  const user = /User time \(seconds\): ([\d.]+)/.exec(output);
  const system = /System time \(seconds\): ([\d.]+)/.exec(output);
  return user && system ? Number(user[1]) + Number(system[1]) : undefined;
}

/** Reads "Maximum resident set size (kbytes): 123456" from `time -v` output. */
export function peakRssFromTimeOutput(output: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  return match ? Number(match[1]) / 1024 : undefined;
}

export function runTimed(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutS: number; cwd?: string },
): Promise<TimedRun> {
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(file, argv, {
      env: { ...process.env, ...options.env },
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const run: TimedRun = { code, seconds: (performance.now() - started) / 1000, output, timedOut };
      const peak = peakRssFromTimeOutput(output);
      if (peak !== undefined) run.peakRssMB = peak;
      const cpu = cpuSecondsFromTimeOutput(output);
      if (cpu !== undefined) run.cpuSeconds = cpu;
      resolve(run);
    });
  });
}

/** Starts a server and waits until `url` answers; the caller stops it with stopServer. */
export async function startServer(
  command: string,
  args: string[],
  url: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ChildProcess> {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output.trim().split('\n').slice(-3).join(' ')}`);
    try {
      const response = await fetch(url);
      if (response.ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopServer(child);
  throw new Error(`server at ${url} did not answer within 60 s`);
}

export function stopServer(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      // The server was started in its own process group: end that group (npx, node, vite).
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
}
