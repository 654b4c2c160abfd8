/**
 * Compact storage for the registries of a run: strings as UTF-8 in byte pages, an open-addressing
 * index of string keys that numbers rows, a pool of repeated strings, and primitive columns. A
 * million subjects and their five to seven million rows must fit in a 1 GB heap; these structures
 * keep a row in tens of bytes where records of {@code String}s in {@code HashMap}s take hundreds.
 * The registries in {@code cn.icpcheck.filing} use them behind APIs of ordinary records.
 */
package cn.icpcheck.filing.compact;
