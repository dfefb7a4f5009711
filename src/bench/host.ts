/**
 * The machine a benchmark ran on, from systeminformation: cpu(), mem(), osInfo() and graphics()
 * — each called once per benchmark, before the first run (graphics() spawns lspci/nvidia-smi, so
 * never during runs). The fingerprint hashes what makes timings comparable.
 */
import { createHash } from 'node:crypto';
import si from 'systeminformation';
import type { HostInfo } from '../result/schema.js';
import { MIB } from './gpu.js';

export interface GpuDevice {
  name: string;
  memoryTotalMiB: number | null;
  driver: string | null;
}

/**
 * Fingerprint: sha256 (first 16 hex digits) of CPU model, logical cores, memory, OS (distribution
 * and release, not the kernel patch level, which hosted runners update weekly), architecture and
 * GPU models.
 */
export function hostFingerprint(h: Omit<HostInfo, 'fingerprint'>, osForFingerprint: string): string {
  const key = JSON.stringify([
    h.cpu_model,
    h.cpu_cores,
    h.memory_bytes,
    osForFingerprint,
    h.arch,
    h.gpus.map((g) => g.model).sort(),
  ]);
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export interface CollectedHost {
  info: HostInfo;
  /** Recomputes the fingerprint after GPUs seen by nvidia-smi were merged in. */
  withGpus(devices: GpuDevice[]): HostInfo;
}

type Probe = [
  si.Systeminformation.CpuData,
  si.Systeminformation.MemData,
  si.Systeminformation.OsData,
  si.Systeminformation.GraphicsControllerData[],
];
let probe: Promise<Probe> | undefined;

/** The hardware does not change while we run: probed once per process. */
function probeHost(): Promise<Probe> {
  probe ??= (async () => {
    const [cpu, mem, os] = await Promise.all([si.cpu(), si.mem(), si.osInfo()]);
    let controllers: si.Systeminformation.GraphicsControllerData[] = [];
    try {
      controllers = (await si.graphics()).controllers;
    } catch {
      // no GPU information on this machine
    }
    return [cpu, mem, os, controllers] as Probe;
  })();
  return probe;
}

export async function collectHost(env: NodeJS.ProcessEnv): Promise<CollectedHost> {
  const [cpu, mem, os, controllers] = await probeHost();
  const gpuControllers = controllers.filter((c) => c.model || c.name);
  const osName = [os.distro, os.release].filter(Boolean).join(' ') || os.platform;
  const base = {
    cpu_model: [cpu.manufacturer, cpu.brand].filter(Boolean).join(' ').trim() || 'unknown',
    cpu_cores: cpu.cores,
    memory_bytes: mem.total,
    os: os.kernel ? `${osName} (${os.platform} ${os.kernel})` : osName,
    arch: os.arch || process.arch,
    gpus: gpuControllers.map((c) => ({
      model: c.name || c.model,
      memory_bytes: c.memoryTotal ? c.memoryTotal * MIB : c.vram ? c.vram * MIB : null,
      driver: c.driverVersion ?? null,
    })),
    runner_name: env.RUNNER_NAME ?? null,
  };
  const make = (gpus: HostInfo['gpus']): HostInfo => {
    const h = { ...base, gpus };
    return { ...h, fingerprint: hostFingerprint(h, `${os.platform} ${osName}`) };
  };
  return {
    info: make(base.gpus),
    withGpus(devices) {
      if (devices.length === 0) return make(base.gpus);
      // nvidia-smi is authoritative for NVIDIA GPUs (name, memory, driver); keep the others.
      const others = base.gpus.filter((g, i) => !/nvidia/i.test(`${gpuControllers[i].vendor} ${g.model}`));
      return make([
        ...others,
        ...devices.map((d) => ({
          model: d.name,
          memory_bytes: d.memoryTotalMiB === null ? null : d.memoryTotalMiB * MIB,
          driver: d.driver,
        })),
      ]);
    },
  };
}
