/**
 * Documents of 江苏省 (Jiangsu), 淮安市 (Huai'an) and 金湖县 (Jinhu), encoded completely with every fact
 * traced to its clause.
 *
 * <p>The documents are data files under {@code META-INF/srdi-policy/} (苏政办发〔2023〕3号 {@code
 * jiangsu-2023.yaml}, 金政发〔2022〕33号 with its eligibility annexes {@code jinhu-2022.yaml}), with the
 * jurisdictions 320000, 320800 and 320831 and the indicators they introduce; {@link
 * io.github.srdipolicy.jiangsu.JiangsuSource} names them.
 */
@PolicyStyle
package io.github.srdipolicy.jiangsu;

import io.github.srdipolicy.model.PolicyStyle;
