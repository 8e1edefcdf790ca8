/**
 * Analysis: the SmartChinese word chain (ranking) and the CJK character chain (recall), both built from stock
 * Lucene factories, and the normaliser the highlighter shares with them. Internal to zhsearch.
 */
package org.zhsearch.analysis;
