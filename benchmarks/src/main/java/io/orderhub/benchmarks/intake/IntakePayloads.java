package io.orderhub.benchmarks.intake;

import io.orderhub.core.ChannelId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Real platform payloads for the intake benchmark (copies of the channel adapters' test fixtures),
 * each with its order id at known byte offsets so that a distinct order costs one array copy and a
 * few digit writes, outside any parsing.
 */
final class IntakePayloads {
  private final List<Template> templates = new ArrayList<>();

  /** One platform payload and where its order id's last seven digits are. */
  private record Template(ChannelId channel, byte[] bytes, int[] offsets) {}

  IntakePayloads() {
    add(ChannelId.TAOBAO, "4213095863128837612", """
{
  "trade_fullinfo_get_response": {
    "trade": {
      "tid": 4213095863128837612,
      "status": "SELLER_CONSIGNED_PART",
      "type": "fixed",
      "seller_nick": "西湖茶庄旗舰店",
      "buyer_nick": "t**小明",
      "buyer_open_uid": "AAHk5d-EAAeGwJedwSYmWrJk",
      "created": "2024-06-18 20:15:03",
      "pay_time": "2024-06-18 20:16:10",
      "modified": "2024-06-19 09:02:44",
      "total_fee": "381.00",
      "post_fee": "10.00",
      "discount_fee": "25.00",
      "payment": "366.00",
      "receiver_name": "王**",
      "receiver_mobile": "138****5678",
      "receiver_phone": "",
      "receiver_state": "浙江省",
      "receiver_city": "杭州市",
      "receiver_district": "西湖区",
      "receiver_town": "西溪街道",
      "receiver_address": "文三路***号",
      "receiver_zip": "310012",
      "receiver_country": "",
      "oaid": "1sF2gWuzsHxvcmY7Xh3pl2TwqtkbwIMZZkiaxSwAcp9",
      "buyer_message": "请用顺丰，谢谢",
      "seller_memo": "VIP 客户，加送试饮装",
      "seller_flag": 4,
      "promotion_details": {"promotion_detail": [{"promotion_name": "满300减20", "discount_fee": "20.00"}]},
      "orders": {
        "order": [
          {
            "oid": 4213095863129837613,
            "num_iid": 680123456789,
            "sku_id": "5012345678901",
            "outer_iid": "TEA-LJ",
            "outer_sku_id": "TEA-LJ-250",
            "title": "西湖龙井 明前特级 250g",
            "sku_properties_name": "净含量:250g",
            "price": "168.00",
            "num": 2,
            "total_fee": "336.00",
            "discount_fee": "0.00",
            "adjust_fee": "0.00",
            "payment": "318.13",
            "status": "WAIT_BUYER_CONFIRM_GOODS",
            "refund_status": "NO_REFUND"
          },
          {
            "oid": "4213095863129837614",
            "num_iid": "680123450001",
            "sku_id": "",
            "outer_iid": "CUP-01",
            "title": "玻璃品茗杯",
            "price": "45.00",
            "num": "1",
            "total_fee": "40.00",
            "discount_fee": "5.00",
            "adjust_fee": "0.00",
            "payment": "37.87",
            "status": "WAIT_SELLER_SEND_GOODS",
            "refund_status": "NO_REFUND"
          },
          {
            "oid": "4213095863129837615",
            "num_iid": "680123459999",
            "sku_id": "5012345678999",
            "outer_sku_id": "GIFT-BAG",
            "title": "赠品 手提袋",
            "price": "0.00",
            "num": 1,
            "total_fee": "0.00",
            "discount_fee": "0.00",
            "payment": "0.00",
            "status": "WAIT_SELLER_SEND_GOODS",
            "refund_status": "NO_REFUND"
          }
        ]
      }
    }
  }
}
""");
    add(ChannelId.JD, "301234567890", """
{
  "jingdong_pop_order_get_responce": {
    "code": "0",
    "orderDetailInfo": {
      "apiResult": {"success": true, "chineseErrCode": "成功", "englishErrCode": "success", "numberCode": 10100000},
      "orderInfo": {
        "orderId": "301234567890",
        "venderId": "10023",
        "orderType": "22",
        "payType": "4-在线支付",
        "orderState": "LOCKED",
        "orderStateRemark": "风控审核锁定",
        "orderTotalPrice": "317.90",
        "orderSellerPrice": "297.90",
        "orderPayment": "293.90",
        "freightPrice": "6.00",
        "sellerDiscount": "20.00",
        "orderStartTime": "2024-11-11 00:03:21",
        "paymentConfirmTime": "2024-11-11 00:03:40",
        "modified": "2024-11-11 08:00:00",
        "orderRemark": "周末送货",
        "venderRemark": "",
        "pin": "jd_7f3a2b9c1d",
        "consigneeInfo": {
          "fullname": "李*",
          "telephone": "",
          "mobile": "139****1234",
          "fullAddress": "北京朝阳区三环到四环之间建国路**号",
          "province": "北京",
          "provinceId": "1",
          "city": "朝阳区",
          "cityId": "72",
          "county": "三环到四环之间",
          "countyId": "2799",
          "town": "",
          "townId": "0"
        },
        "itemInfoList": [
          {
            "skuId": "100012043978",
            "outerSkuId": "MOUSE-BLK",
            "skuName": "无线鼠标 黑色",
            "jdPrice": "129.00",
            "itemTotal": "2",
            "wareId": "100012043900",
            "productNo": "M-100"
          },
          {
            "skuId": "100008348542",
            "outerSkuId": "",
            "skuName": "鼠标垫 大号",
            "jdPrice": "59.90",
            "itemTotal": "1",
            "wareId": "100008348500"
          }
        ]
      }
    }
  }
}
""");
    add(ChannelId.DOUYIN, "6920123456789012345", """
{
  "code": 10000,
  "msg": "success",
  "sub_code": "",
  "sub_msg": "",
  "log_id": "2024061820150301020304050607",
  "data": {
    "shop_order_detail": {
      "order_id": "6920123456789012345",
      "shop_id": 4463798,
      "shop_name": "美妆直播旗舰店",
      "order_status": 101,
      "order_status_desc": "部分发货",
      "main_status": 101,
      "main_status_desc": "部分发货",
      "order_type": 0,
      "b_type": 2,
      "create_time": 1718712903,
      "pay_time": 1718712950,
      "update_time": 1718780000,
      "exp_ship_time": 1718885703,
      "order_amount": 47000,
      "pay_amount": 46400,
      "post_amount": 600,
      "promotion_amount": 3900,
      "doudian_open_id": "1@#YWJjZGVmZ2hpams=",
      "buyer_words": "直播间下单，求快发",
      "seller_words": "",
      "seller_remark_stars": 0,
      "post_receiver": "",
      "post_tel": "",
      "encrypt_post_receiver": "#d2FuZ3dlaQ==#AQ==#1##",
      "encrypt_post_tel": "$13800001234$dGVs$1$$",
      "mask_post_receiver": "张**",
      "mask_post_tel": "1********78",
      "post_addr": {
        "province": {"id": "44", "name": "广东省"},
        "city": {"id": "4403", "name": "深圳市"},
        "town": {"id": "440305", "name": "南山区"},
        "street": {"id": "440305007", "name": "粤海街道"},
        "detail": "",
        "encrypt_detail": "#56eR5oqA5Zut#AQ==#1##"
      },
      "mask_post_addr": {
        "province": {"id": "44", "name": "广东省"},
        "city": {"id": "4403", "name": "深圳市"},
        "town": {"id": "440305", "name": "南山区"},
        "street": {"id": "440305007", "name": "粤海街道"},
        "detail": "科技园****"
      },
      "sku_order_list": [
        {
          "order_id": "6920123456789012346",
          "parent_order_id": "6920123456789012345",
          "product_id": 3580000000001,
          "product_name": "保湿面霜 50ml",
          "sku_id": 1780123456789,
          "out_sku_id": "CREAM-50",
          "code": "",
          "spec": [{"name": "规格", "value": "50ml"}],
          "item_num": 2,
          "origin_amount": 39800,
          "order_amount": 36800,
          "pay_amount": 36800,
          "post_amount": 0,
          "order_status": 3,
          "after_sale_info": {"after_sale_status": 0, "refund_status": 0}
        },
        {
          "order_id": "6920123456789012347",
          "parent_order_id": "6920123456789012345",
          "product_id": 3580000000002,
          "product_name": "补水面膜 5片装",
          "sku_id": 1780123456790,
          "out_sku_id": "",
          "code": "MASK-5P",
          "spec": [{"name": "规格", "value": "5片"}],
          "item_num": 1,
          "origin_amount": 9900,
          "order_amount": 9600,
          "pay_amount": 9600,
          "post_amount": 600,
          "order_status": 2,
          "after_sale_info": {"after_sale_status": 6, "refund_status": 1}
        }
      ]
    }
  }
}
""");
    add(ChannelId.PINDUODUO, "240618-123456789012345", """
{
  "order_info_get_response": {
    "order_info": {
      "order_sn": "240618-123456789012345",
      "order_status": 1,
      "confirm_status": 1,
      "refund_status": 1,
      "trade_type": 0,
      "goods_amount": 79.8,
      "discount_amount": 8,
      "seller_discount": 5,
      "platform_discount": 3,
      "capital_free_discount": 0,
      "postage": 0,
      "pay_amount": 71.8,
      "pay_type": "WEIXIN",
      "receiver_name": "~AgAAAAEjG8cAq0M3rwG1Kq0Hc8eP7iYt~AQ==~1~~",
      "receiver_phone": "$13811112222$AgAAAAEjG8cBq1N4$1$$",
      "receiver_address": "~AgAAAAEjG8cCqzQ5sB2Ks1Ha9fQ8jZu~AQ==~1~~",
      "receiver_name_mask": "陈*",
      "receiver_phone_mask": "*******2222",
      "receiver_address_mask": "科技园****",
      "address": "~AgAAAAEjG8cDq0V6tC3Lt2Ib0gR9kav~AQ==~1~~",
      "address_mask": "广东省深圳市南山区科技园****",
      "country": "中国",
      "province": "广东省",
      "city": "深圳市",
      "town": "南山区",
      "buyer_memo": "",
      "remark": "老客户",
      "remark_tag": 1,
      "created_time": "2024-06-18 20:15:03",
      "confirm_time": "2024-06-18 20:15:30",
      "pay_time": "2024-06-18 20:15:30",
      "updated_at": "2024-06-18 20:20:00",
      "last_ship_time": "2024-06-20 20:15:30",
      "item_list": [
        {
          "goods_id": 400123456,
          "sku_id": 1200123456789,
          "goods_name": "加厚抽纸 24包",
          "goods_spec": "24包/箱",
          "goods_count": 2,
          "goods_price": 39.9,
          "outer_id": "TISSUE-24",
          "outer_goods_id": "TISSUE",
          "goods_img": "https://img.example.com/tissue.jpg"
        },
        {
          "goods_id": 400999999,
          "sku_id": 1200999999999,
          "goods_name": "赠品：湿巾 1包",
          "goods_spec": "1包",
          "goods_count": 1,
          "goods_price": 0,
          "outer_id": "",
          "outer_goods_id": ""
        }
      ]
    }
  }
}
""");
    add(ChannelId.SHOPIFY, "5678901234567", """
{
  "id": 5678901234567,
  "admin_graphql_api_id": "gid://shopify/Order/5678901234567",
  "name": "#1042",
  "order_number": 1042,
  "email": "anna@example.com",
  "currency": "EUR",
  "presentment_currency": "EUR",
  "financial_status": "paid",
  "fulfillment_status": "partial",
  "cancelled_at": null,
  "cancel_reason": null,
  "taxes_included": true,
  "created_at": "2024-06-18T14:15:03+02:00",
  "processed_at": "2024-06-18T14:15:05+02:00",
  "updated_at": "2024-06-19T09:00:00+02:00",
  "note": "Bitte beim Nachbarn abgeben",
  "note_attributes": [{"name": "gift_wrap", "value": "no"}],
  "tags": "vip, returning",
  "total_line_items_price": "65.00",
  "subtotal_price": "58.50",
  "total_discounts": "6.50",
  "total_tax": "10.12",
  "total_price": "63.40",
  "total_shipping_price_set": {
    "shop_money": {"amount": "4.90", "currency_code": "EUR"},
    "presentment_money": {"amount": "4.90", "currency_code": "EUR"}
  },
  "shipping_lines": [{"id": 4400000001, "title": "DHL Paket", "price": "4.90", "code": "DHL", "tax_lines": [{"price": "0.78", "rate": 0.19, "title": "MwSt"}]}],
  "discount_codes": [{"code": "SUMMER10", "amount": "6.50", "type": "percentage"}],
  "customer": {"id": 6060606060606, "email": "anna@example.com", "first_name": "Anna", "last_name": "Schmidt", "phone": "+4915123456789"},
  "shipping_address": {
    "first_name": "Anna", "last_name": "Schmidt", "name": "Anna Schmidt",
    "address1": "Torstraße 1", "address2": "3. OG", "city": "Berlin", "province": "Berlin", "province_code": "BE",
    "zip": "10119", "country": "Germany", "country_code": "DE", "phone": "+4915123456789"
  },
  "line_items": [
    {
      "id": 13579246801357, "variant_id": 42424242424242, "product_id": 7878787878787,
      "sku": "TSHIRT-M-BLK", "title": "Organic T-Shirt", "variant_title": "M / Black",
      "quantity": 2, "price": "25.00", "total_discount": "0.00",
      "discount_allocations": [{"amount": "5.00", "discount_application_index": 0}],
      "fulfillment_status": "fulfilled", "requires_shipping": true,
      "tax_lines": [{"price": "7.18", "rate": 0.19, "title": "MwSt"}]
    },
    {
      "id": 13579246801358, "variant_id": 42424242424243, "product_id": 7878787878788,
      "sku": "", "title": "Tote Bag", "quantity": 1, "price": "15.00", "total_discount": "0.00",
      "discount_allocations": [{"amount": "1.50", "discount_application_index": 0}],
      "fulfillment_status": null, "requires_shipping": true,
      "tax_lines": [{"price": "2.16", "rate": 0.19, "title": "MwSt"}]
    },
    {
      "id": 13579246801359, "variant_id": 42424242424244, "product_id": 7878787878789,
      "sku": "STICKER", "title": "Free Sticker", "quantity": 1, "price": "0.00", "total_discount": "0.00",
      "discount_allocations": [], "fulfillment_status": null, "tax_lines": []
    }
  ]
}
""");
    add(ChannelId.WOOCOMMERCE, "7270000000", """
{
  "id": 7270000000,
  "parent_id": 0,
  "number": "7270000000",
  "order_key": "wc_order_58d2d042d1d",
  "created_via": "checkout",
  "version": "8.9.1",
  "status": "processing",
  "currency": "USD",
  "date_created": "2024-06-18T20:15:03",
  "date_created_gmt": "2024-06-18T12:15:03",
  "date_modified": "2024-06-18T20:16:00",
  "date_modified_gmt": "2024-06-18T12:16:00",
  "date_paid_gmt": "2024-06-18T12:15:30",
  "discount_total": "2.00",
  "discount_tax": "0.00",
  "shipping_total": "10.00",
  "shipping_tax": "0.00",
  "cart_tax": "0.00",
  "total": "40.00",
  "total_tax": "0.00",
  "prices_include_tax": false,
  "customer_id": 12,
  "customer_note": "Leave at the door",
  "payment_method": "bacs",
  "billing": {"first_name": "John", "last_name": "Doe", "company": "", "address_1": "969 Market", "address_2": "", "city": "San Francisco", "state": "CA", "postcode": "94103", "country": "US", "email": "john.doe@example.com", "phone": "(555) 555-5555"},
  "shipping": {"first_name": "John", "last_name": "Doe", "company": "", "address_1": "969 Market", "address_2": "", "city": "San Francisco", "state": "CA", "postcode": "94103", "country": "US"},
  "meta_data": [{"id": 13106, "key": "_download_permissions_granted", "value": "yes"}],
  "line_items": [
    {"id": 315, "name": "Woo Single #1", "product_id": 93, "variation_id": 0, "quantity": 3, "tax_class": "", "subtotal": "20.00", "subtotal_tax": "0.00", "total": "18.00", "total_tax": "0.00", "taxes": [], "meta_data": [], "sku": "WOO-SINGLE", "price": 6.666667},
    {"id": 316, "name": "Ship Your Idea &ndash; Color: Black", "product_id": 22, "variation_id": 23, "quantity": 1, "tax_class": "", "subtotal": "12.00", "subtotal_tax": "0.00", "total": "12.00", "total_tax": "0.00", "taxes": [], "meta_data": [{"id": 2095, "key": "pa_color", "value": "black"}], "sku": "", "price": 12}
  ],
  "shipping_lines": [{"id": 317, "method_title": "Flat Rate", "method_id": "flat_rate", "total": "10.00", "total_tax": "0.00"}],
  "fee_lines": [],
  "coupon_lines": [{"id": 318, "code": "summer", "discount": "2.00", "discount_tax": "0.00"}]
}
""");
  }

  private void add(ChannelId channel, String id, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    byte[] needle = id.getBytes(StandardCharsets.US_ASCII);
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
        found.add(i + needle.length - 7);
      }
    }
    if (found.isEmpty()) {
      throw new IllegalStateException(channel + ": order id " + id + " not found in its payload");
    }
    templates.add(new Template(channel, bytes, found.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** How many platforms the payloads cycle through. */
  int platforms() {
    return templates.size();
  }

  /** The channel of the payload {@link #payload(long)} makes for {@code sequence}. */
  ChannelId channel(long sequence) {
    return templates.get((int) (sequence % templates.size())).channel();
  }

  /**
   * The payload of order number {@code sequence}: platforms in turn, the order id's last seven
   * digits set to {@code sequence / platforms} (distinct up to 10 million orders per platform).
   */
  byte[] payload(long sequence) {
    Template t = templates.get((int) (sequence % templates.size()));
    byte[] out = t.bytes().clone();
    long n = sequence / templates.size();
    for (int offset : t.offsets()) {
      long v = n;
      for (int i = 6; i >= 0; i--) {
        out[offset + i] = (byte) ('0' + (v % 10));
        v /= 10;
      }
    }
    return out;
  }
}
