/** A family of aircraft models: what ACFTREF rows of one manufacturer look like. */
export interface ModelFamily {
  readonly manufacturer: string;
  readonly models: readonly string[];
  readonly typeAircraft: string;
  readonly typeEngine: string;
  readonly engines: number;
  readonly seats: readonly [number, number];
  readonly weightClass: string;
  readonly speed: readonly [number, number];
  /** 0 type certificated, 1 amateur-built, 2 light sport. */
  readonly builderCertification: string;
  readonly weight: number;
}

export const MODEL_FAMILIES: readonly ModelFamily[] = [
  { manufacturer: 'CESSNA', models: ['172S', '172N', '182T', '150M', '152', '206H', 'T210N'], typeAircraft: '4', typeEngine: '1', engines: 1, seats: [2, 6], weightClass: 'CLASS 1', speed: [100, 160], builderCertification: '0', weight: 30 },
  { manufacturer: 'PIPER', models: ['PA-28-181', 'PA-28-161', 'PA-32R-301', 'PA-18-150', 'PA-46-500TP'], typeAircraft: '4', typeEngine: '1', engines: 1, seats: [2, 6], weightClass: 'CLASS 1', speed: [95, 170], builderCertification: '0', weight: 20 },
  { manufacturer: 'BEECH', models: ['A36', 'G36', 'V35B', '58', 'B200'], typeAircraft: '5', typeEngine: '2', engines: 2, seats: [4, 10], weightClass: 'CLASS 1', speed: [150, 260], builderCertification: '0', weight: 8 },
  { manufacturer: 'CIRRUS DESIGN CORP', models: ['SR22', 'SR22T', 'SR20', 'SF50'], typeAircraft: '4', typeEngine: '1', engines: 1, seats: [4, 5], weightClass: 'CLASS 1', speed: [150, 210], builderCertification: '0', weight: 8 },
  { manufacturer: 'BOEING', models: ['737-800', '737-9', '757-232', '767-300', '777-300ER', '787-9'], typeAircraft: '5', typeEngine: '5', engines: 2, seats: [150, 400], weightClass: 'CLASS 3', speed: [450, 560], builderCertification: '0', weight: 4 },
  { manufacturer: 'EMBRAER', models: ['ERJ 170-200 LR', 'ERJ 190-100 IGW', 'EMB-505'], typeAircraft: '5', typeEngine: '5', engines: 2, seats: [8, 88], weightClass: 'CLASS 3', speed: [400, 480], builderCertification: '0', weight: 3 },
  { manufacturer: 'ROBINSON HELICOPTER', models: ['R22 BETA', 'R44 II', 'R66'], typeAircraft: '6', typeEngine: '1', engines: 1, seats: [2, 5], weightClass: 'CLASS 1', speed: [90, 120], builderCertification: '0', weight: 6 },
  { manufacturer: 'BELL', models: ['206B', '407', '412EP', 'UH-1H'], typeAircraft: '6', typeEngine: '3', engines: 1, seats: [5, 15], weightClass: 'CLASS 1', speed: [110, 140], builderCertification: '0', weight: 3 },
  { manufacturer: 'VANS AIRCRAFT INC', models: ['RV-7A', 'RV-8A', 'RV-9A', 'RV-10', 'RV-14A'], typeAircraft: '4', typeEngine: '1', engines: 1, seats: [1, 4], weightClass: 'CLASS 1', speed: [150, 200], builderCertification: '1', weight: 8 },
  { manufacturer: 'CORBEN BABY ACE', models: ['BABY ACE "D"', 'BABY ACE C', 'JR. ACE'], typeAircraft: '4', typeEngine: '1', engines: 1, seats: [1, 2], weightClass: 'CLASS 1', speed: [70, 90], builderCertification: '1', weight: 1 },
  { manufacturer: 'SCHLEICHER', models: ['ASK 21', 'ASW 27-18', 'ASH 25'], typeAircraft: '1', typeEngine: '0', engines: 0, seats: [1, 2], weightClass: 'CLASS 1', speed: [0, 0], builderCertification: '0', weight: 2 },
  { manufacturer: 'CAMERON BALLOONS', models: ['Z-90', 'O-105', 'A-315'], typeAircraft: '2', typeEngine: '0', engines: 0, seats: [1, 8], weightClass: 'CLASS 1', speed: [0, 0], builderCertification: '0', weight: 2 },
  { manufacturer: 'DJI', models: ['MATRICE 300 RTK', 'AGRAS T40'], typeAircraft: '6', typeEngine: '10', engines: 4, seats: [0, 0], weightClass: 'CLASS 4', speed: [30, 50], builderCertification: '0', weight: 2 },
  { manufacturer: 'ICON AIRCRAFT INC', models: ['A5'], typeAircraft: '4', typeEngine: '1', engines: 1, seats: [2, 2], weightClass: 'CLASS 1', speed: [80, 95], builderCertification: '2', weight: 1 },
  { manufacturer: 'AIR TRACTOR INC', models: ['AT-502B', 'AT-802A'], typeAircraft: '4', typeEngine: '2', engines: 1, seats: [1, 2], weightClass: 'CLASS 1', speed: [150, 190], builderCertification: '0', weight: 2 },
];

/** An engine family of ENGINE.txt: MFR is truncated to 10 characters there, MODEL to 13. */
export interface EngineFamily {
  readonly manufacturer: string;
  readonly models: readonly string[];
  readonly type: string;
  readonly horsepower: readonly [number, number];
  readonly thrust: readonly [number, number];
}

export const ENGINE_FAMILIES: readonly EngineFamily[] = [
  { manufacturer: 'LYCOMING', models: ['O-320-H2AD', 'IO-360-L2A', 'O-360-A4M', 'IO-540-K1G5', 'IO-390-A3A6'], type: '1', horsepower: [100, 350], thrust: [0, 0] },
  { manufacturer: 'CONT MOTOR', models: ['O-200-A', 'IO-550-N', 'TSIO-550-K', 'O-470-U'], type: '1', horsepower: [100, 350], thrust: [0, 0] },
  { manufacturer: 'ROTAX', models: ['912 ULS', '914 UL', '915 IS'], type: '8', horsepower: [80, 141], thrust: [0, 0] },
  { manufacturer: 'P&W CANADA', models: ['PT6A-42', 'PT6A-60A', 'PT6A-140', 'PW127M'], type: '2', horsepower: [500, 2750], thrust: [0, 0] },
  { manufacturer: 'HONEYWELL', models: ['TPE331-10', 'TPE331-12JR', 'HTF7000'], type: '2', horsepower: [700, 1100], thrust: [0, 0] },
  { manufacturer: 'CFM INTL', models: ['CFM56-7B26', 'LEAP-1B28', 'CFM56-3C1'], type: '5', horsepower: [0, 0], thrust: [20000, 29000] },
  { manufacturer: 'GE', models: ['GE90-115B', 'GENX-1B74', 'CF34-8E5'], type: '5', horsepower: [0, 0], thrust: [13000, 115000] },
  { manufacturer: 'ROLLS-ROYC', models: ['250-C20B', 'TRENT 1000', 'M250-C47B'], type: '3', horsepower: [400, 650], thrust: [0, 0] },
  { manufacturer: 'P & W', models: ['R-985-AN14B', 'R-1340-AN1', 'PW4056'], type: '1', horsepower: [450, 600], thrust: [0, 0] },
  { manufacturer: 'HIRTH', models: ['F-23', '3503'], type: '7', horsepower: [40, 70], thrust: [0, 0] },
  { manufacturer: 'MAGNIX', models: ['MAGNI350', 'MAGNI650'], type: '10', horsepower: [350, 850], thrust: [0, 0] },
  { manufacturer: 'DJI', models: ['E-MOTOR 6010'], type: '10', horsepower: [1, 5], thrust: [0, 0] },
  { manufacturer: 'MAZDA', models: ['13B ROTARY'], type: '11', horsepower: [160, 200], thrust: [0, 0] },
  { manufacturer: 'WILLIAMS', models: ['FJ44-3A', 'FJ33-5A'], type: '4', horsepower: [0, 0], thrust: [1800, 3600] },
];
