// electron-builder.yml as electron-builder 26 itself reads it: loaded and schema-checked by its own config
// code, and its electronFuses turned into the very FuseConfig that @electron/fuses' flipFuses receives.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import { beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../../..')
const require = createRequire(import.meta.url)

interface BuilderConfig {
  appId?: string
  productName?: string
  asar?: boolean
  files?: { filter?: string[] }[]
  electronFuses?: Record<string, boolean>
  directories?: { buildResources?: string }
  linux?: { target?: string[]; icon?: string }
  mac?: { target?: string; icon?: string }
  win?: { target?: string; icon?: string }
}
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>
  validateConfiguration(config: BuilderConfig, debugLogger: { isEnabled: boolean }): Promise<void>
}
interface PackagerModule {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: Record<string, boolean>): Promise<Record<string, unknown>> } }
}

let config: BuilderConfig
let configModule: ConfigModule

beforeAll(async () => {
  configModule = require('app-builder-lib/out/util/config/config.js') as ConfigModule
  config = await configModule.getConfig(root, null, null)
})

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(configModule.validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined()
  })

  it('names the app and packs the built app, the seeds and package.json into an asar', () => {
    expect(config.productName).toBe('KoBi Reader')
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/)
    expect(config.asar).toBe(true)
    expect(config.files?.flatMap((set) => set.filter ?? [])).toEqual(expect.arrayContaining(['out/**', 'seeds/**', 'package.json']))
  })

  it('builds AppImage and deb on Linux, dmg on macOS and nsis on Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.mac?.target).toBe('dmg')
    expect(config.win?.target).toBe('nsis')
  })

  it('sets every security fuse explicitly', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('hands flipFuses RunAsNode off, cookie encryption on, NODE_OPTIONS and --inspect off, asar-only with integrity', async () => {
    const { PlatformPackager } = require('app-builder-lib') as PackagerModule
    const fuses = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses!)
    expect(fuses).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    })
  })
})

describe('the icon set in build/', () => {
  const file = (name: string) => readFileSync(path.join(root, 'build', name))
  const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)]

  it('has a 1024 px master and a Linux set whose file names give their sizes', () => {
    expect(config.linux?.icon).toBe('build/icons')
    expect(pngSize(file('icon.png'))).toEqual([1024, 1024])
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(file(`icons/${size}x${size}.png`))).toEqual([size, size])
    }
  })

  it('has a Windows .ico up to 256 px (electron-builder’s minimum)', () => {
    expect(config.win?.icon).toBe('build/icon.ico')
    const ico = file('icon.ico')
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0])
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256)
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256])
  })

  it('has a macOS .icns with the 1024 px (512@2x) image', () => {
    expect(config.mac?.icon).toBe('build/icon.icns')
    const icns = file('icon.icns')
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const types: string[] = []
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.push(icns.subarray(at, at + 4).toString('ascii'))
    expect(types).toEqual(expect.arrayContaining(['icp4', 'ic07', 'ic08', 'ic09', 'ic10']))
  })
})
