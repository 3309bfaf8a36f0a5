// The statistics of the pattern scan, each matching the SciPy function named in its file.
export { benjaminiHochberg } from './benjamini-hochberg.ts';
export { chiSquareIndependence, type ChiSquareResult } from './chi-square.ts';
export { chiSquareSf, erfc, normalSf, studentTSf } from './distributions.ts';
export { incompleteBeta } from './incomplete-beta.ts';
export { lowerGammaP, upperGammaQ } from './incomplete-gamma.ts';
export { kruskalWallis, kruskalWallisFromRanks, type KruskalWallisResult } from './kruskal-wallis.ts';
export { logBeta, logGamma } from './log-gamma.ts';
export { mannWhitneyFromRanks, mannWhitneyU, type MannWhitneyResult } from './mann-whitney.ts';
export { averageRanks, ranksAlongOrder, sortedOrder, type Ranking } from './ranks.ts';
export { spearman, spearmanFromRanks, spearmanP, type SpearmanResult } from './spearman.ts';
export { cohensKappa, krippendorffAlphaNominal, type AlphaResult, type KappaResult } from './agreement.ts';
