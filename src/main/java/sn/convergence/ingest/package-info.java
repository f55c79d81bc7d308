/**
 * Imports and exports: partners' 3W/4W/5W spreadsheets (XLSX, CSV, with or without HXL hashtags)
 * and donors' IATI activity XML go through a staged pipeline (read -> map columns -> normalise ->
 * validate -> report). The stages are pure: they read a file and produce staged rows and an {@link
 * sn.convergence.ingest.ImportReport}; nothing is written until a later commit step. Nothing is
 * dropped silently: every skipped row and every value not understood is an {@link
 * sn.convergence.ingest.Issue} with its sheet, row and column, in French and English.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports and exports")
package sn.convergence.ingest;
