/**
 * The demo's raw layer (demo spec, sections 4 and 6): partners' submission files derived from the
 * truth layer, in each partner's format, with the data-quality problems of section 6 injected at
 * their target frequencies and every injection logged ({@link sn.convergence.demo.raw.NoiseEntry}).
 * {@link sn.convergence.demo.raw.PartnerSubmissions} generates them in memory (pure, deterministic
 * for a seed); {@link sn.convergence.demo.raw.PartnerFileWriter} and {@link
 * sn.convergence.demo.raw.DemoExport} write them.
 */
package sn.convergence.demo.raw;
