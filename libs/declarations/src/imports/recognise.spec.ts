import { recognise } from './recognise.js';

describe('智能单证: the container column of a packing list', () => {
  it('recognises the container each line is stowed in, under the headers declarants use', () => {
    for (const header of ['箱号', '集装箱号', 'Container No.', 'Cntr No']) {
      const sheet = { name: 'Sheet1', rows: [['序号', '件数', '毛重', header], ['1', '30', '780', 'TGHU8765436'], ['2', '25', '215', 'msku 123456 5']] };
      const result = recognise(sheet, 'packingList');
      expect(result?.columns.map((c) => c.field)).toEqual(['lineNo', 'packages', 'grossWeightKg', 'container']);
      expect(result?.lines.map((l) => l.values.container)).toEqual(['TGHU8765436', 'MSKU1234565']);
    }
  });
});
