package screen

import "strings"

// Chinese firms are named place, name, trade, legal form: 舟山市金润石油转运
// 有限公司 is ZHOUSHAN JINRUN PETROLEUM TRANSFER CO., LTD. on the list. The
// place and the name are read in pinyin, as the list writes them; the
// trade the list translates, and pinyin cannot find it (shiyou zhuanyun is
// not petroleum transfer). chineseWords holds the words of trades with the
// English the list's own entries give them, where they hold a name in
// Chinese characters beside their Latin ones; chineseReadings reads a
// query's trade words in English, as an extra pass of the matcher.
//
// Words of one character (厂 factory, 局 bureau) are left out, but for
// 市: one character is too often a part of a name. A word that the list renders
// in two ways has both, the more frequent first (数控: numerical control,
// CNC).
var chineseWords = map[string][]string{
	// Shipping and transport.
	"海运": {"shipping", "marine"}, "海運": {"shipping", "marine"},
	"航运": {"shipping"}, "航運": {"shipping"},
	"船务": {"shipping"}, "船務": {"shipping"},
	"船舶": {"ship", "shipping"},
	"船运": {"shipping"}, "船運": {"shipping"},
	"港务": {"port"}, "港務": {"port"},
	"物流": {"logistics"},
	"货运": {"freight", "forwarding"}, "貨運": {"freight", "forwarding"},
	"货物": {"freight"}, "貨物": {"freight"},
	"运输": {"transportation"}, "運輸": {"transportation"},
	"储运": {"storage and transportation"}, "儲運": {"storage and transportation"},
	"转运": {"transfer"}, "轉運": {"transfer"},
	"代理": {"agency"},
	"仓储": {"warehousing"}, "倉儲": {"warehousing"},
	"进出口": {"import and export"}, "進出口": {"import and export"},
	// Trade, holdings and the like.
	"国际": {"international"}, "國際": {"international"},
	"贸易": {"trading", "trade"}, "貿易": {"trading", "trade"},
	"商贸": {"trading", "trade"}, "商貿": {"trading", "trade"},
	"工贸": {"industry and trade"}, "工貿": {"industry and trade"},
	"集团": {"group"}, "集團": {"group"},
	"控股": {"holdings"},
	"联合": {"united"}, "聯合": {"united"},
	"投资": {"investment"}, "投資": {"investment"},
	"发展": {"development"}, "發展": {"development"},
	"实业": {"industrial", "industry"}, "實業": {"industrial", "industry"},
	"工业": {"industry", "industrial"}, "工業": {"industry", "industrial"},
	"产业": {"industry"}, "產業": {"industry"},
	"管理": {"management"},
	"咨询": {"consulting"}, "諮詢": {"consulting"},
	"顾问": {"advisory"}, "顧問": {"advisory"},
	"服务": {"services"}, "服務": {"services"},
	"分公司": {"branch"},
	"总公司": {"corporation"}, "總公司": {"corporation"},
	"银行": {"bank"}, "銀行": {"bank"},
	// Oil, chemicals, materials.
	"石油":   {"petroleum"},
	"石油化工": {"petrochemical"},
	"石化":   {"petrochemical"},
	"化工":   {"chemical"},
	"精细化工": {"fine chemical"}, "精細化工": {"fine chemical"},
	"能源":  {"energy"},
	"材料":  {"materials"},
	"新材料": {"new material"},
	"高性能": {"high performance"},
	"资源":  {"resources"}, "資源": {"resources"},
	"油品": {"oil products"},
	"金属": {"metal"}, "金屬": {"metal"},
	"合金": {"alloy"},
	"特种": {"special"}, "特種": {"special"},
	"铝业": {"aluminum industry"}, "鋁業": {"aluminum industry"},
	"磁业": {"magnetic industry"}, "磁業": {"magnetic industry"},
	"橡塑":  {"rubber and plastics"},
	"纤维素": {"cellulose"}, "纖維素": {"cellulose"},
	// Machines, electronics, technology.
	"科技": {"technology"},
	"技术": {"technology"}, "技術": {"technology"},
	"信息": {"information"},
	"电子": {"electronics", "electronic"}, "電子": {"electronics", "electronic"},
	"微电子": {"microelectronics"}, "微電子": {"microelectronics"},
	"光电": {"optoelectronics"}, "光電": {"optoelectronics"},
	"半导体": {"semiconductor"}, "半導體": {"semiconductor"},
	"设备": {"equipment"}, "設備": {"equipment"},
	"数控": {"numerical control", "cnc"}, "數控": {"numerical control", "cnc"},
	"机床": {"machine tool"}, "機床": {"machine tool"},
	"机械": {"machinery"}, "機械": {"machinery"},
	"锻压": {"forging press"}, "鍛壓": {"forging press"},
	"通用": {"general"},
	"制造": {"manufacturing"}, "製造": {"manufacturing"},
	"重工": {"heavy industries"},
	"重装": {"heavy equipment"}, "重裝": {"heavy equipment"},
	"机电": {"electromechanical"}, "機電": {"electromechanical"},
	"自动化": {"automation", "automated"}, "自動化": {"automation", "automated"},
	"智能": {"smart"},
	"激光": {"laser"},
	"光学": {"optics"}, "光學": {"optics"},
	"通信": {"communication"},
	"通讯": {"communication"}, "通訊": {"communication"},
	"网络": {"network"}, "網絡": {"network"},
	"电气": {"electric"}, "電氣": {"electric"},
	"数字": {"digital"}, "數字": {"digital"},
	"零部件":   {"components"},
	"航空":    {"aviation"},
	"航空发动机": {"aero engine"}, "航空發動機": {"aero engine"},
	"发动机": {"engine"}, "發動機": {"engine"},
	"航天": {"aerospace"},
	"卫星": {"satellite"}, "衛星": {"satellite"},
	"防务": {"defense"}, "防務": {"defense"},
	"工程": {"engineering"},
	"建设": {"construction"}, "建設": {"construction"},
	"环境": {"environmental"}, "環境": {"environmental"},
	"研究院": {"research institute"},
	"研究所": {"research institute"},
	// Medicine, food, fishing, culture.
	"医药": {"pharmaceutical"}, "醫藥": {"pharmaceutical"},
	"制药": {"pharmaceutical"}, "製藥": {"pharmaceutical"},
	"生物": {"biological"},
	"渔业": {"fishing"}, "漁業": {"fishing"},
	"水产": {"fishing"}, "水產": {"fishing"},
	"海洋": {"ocean", "marine"},
	"餐饮": {"restaurant"}, "餐飲": {"restaurant"},
	"文化": {"cultural", "culture"},
	"传播": {"media"}, "傳播": {"media"},
	"动漫": {"animation"}, "動漫": {"animation"},
	"设计": {"design"}, "設計": {"design"},
	// Places that the list writes in English, and 市, the city after a
	// city's name (重庆市 Chongqing City), the one word of one character:
	// it ends a place, not a name.
	"市":  {"city"},
	"香港": {"hong kong"},
	"中国": {"china"}, "中國": {"china"},
}

// maxChineseWord is the longest word of chineseWords, in characters.
const maxChineseWord = 5

// chineseReadings returns name with the words of chineseWords read in
// English and the rest left as it is ("舟山市金润石油转运有限公司" →
// "舟山 city 金润 petroleum  transfer 有限公司"): one reading with each word's
// first English, and a second with each word's second where some word
// has two. It returns nil when name holds no such word.
func chineseReadings(name string) []string {
	if !strings.ContainsFunc(name, isKanji) {
		return nil
	}
	rs := []rune(foldKanji(name))
	var out []string
	for alt := 0; alt < 2; alt++ {
		var b strings.Builder
		found, second := false, false
		for i := 0; i < len(rs); {
			n := 0
			var en []string
			if isKanji(rs[i]) {
				for k := min(maxChineseWord, len(rs)-i); k >= 1; k-- {
					if e, ok := chineseWords[string(rs[i:i+k])]; ok {
						n, en = k, e
						break
					}
				}
			}
			if n == 0 {
				b.WriteRune(rs[i])
				i++
				continue
			}
			found = true
			second = second || len(en) > 1
			b.WriteByte(' ')
			b.WriteString(en[min(alt, len(en)-1)])
			b.WriteByte(' ')
			i += n
		}
		if !found || alt == 1 && !second {
			break
		}
		out = append(out, b.String())
	}
	return out
}
