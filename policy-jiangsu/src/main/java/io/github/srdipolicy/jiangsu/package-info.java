/**
 * Documents of 江苏省 (Jiangsu), 淮安市 (Huai'an) and 金湖县 (Jinhu), encoded completely with every fact traced to its clause.
 *
 * <p>The data reaches the catalogue through {@link io.github.srdipolicy.jiangsu.JiangsuSource}.
 */
@PolicyStyle
package io.github.srdipolicy.jiangsu;

import io.github.srdipolicy.model.PolicyStyle;
