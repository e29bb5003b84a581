// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QLineEdit>
#include <QWidget>

#include <algorithm>

#include <gtest/gtest.h>

using namespace twin::ui;

namespace {

struct FlowLayoutTest : ::testing::Test
{
    FlowLayoutTest()
    {
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(6);
        for (int i = 0; i < 3; ++i) {
            auto *w = new QWidget(&host);
            w->setFixedSize(100, 20);
            layout->addWidget(w);
            boxes.append(w);
        }
    }
    QWidget host;
    FlowLayout *layout = new FlowLayout(&host);
    QList<QWidget *> boxes;
};

} // namespace

TEST_F(FlowLayoutTest, ItemsThatFitShareOneLine)
{
    layout->setGeometry(QRect(0, 0, 400, 20));
    EXPECT_EQ(boxes.at(0)->geometry(), QRect(0, 0, 100, 20));
    EXPECT_EQ(boxes.at(1)->geometry(), QRect(106, 0, 100, 20));
    EXPECT_EQ(boxes.at(2)->geometry(), QRect(212, 0, 100, 20));
    EXPECT_EQ(layout->heightForWidth(400), 20);
    EXPECT_EQ(layout->sizeHint(), QSize(312, 20));
}

TEST_F(FlowLayoutTest, AnItemThatDoesNotFitStartsANewLine)
{
    layout->setGeometry(QRect(0, 0, 250, 46));
    EXPECT_EQ(boxes.at(1)->geometry(), QRect(106, 0, 100, 20));
    EXPECT_EQ(boxes.at(2)->geometry(), QRect(0, 26, 100, 20));
    EXPECT_EQ(layout->heightForWidth(250), 46);
    EXPECT_EQ(layout->heightForWidth(100), 72); // one a line
    // As narrow as its widest item, not as the whole row.
    EXPECT_EQ(layout->minimumSize().width(), 100);
}

TEST_F(FlowLayoutTest, TheRoomLeftOnALineGoesToExpandingItems)
{
    auto *field = new QLineEdit(&host);
    field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->insertWidget(1, field);
    const int fieldWidth = field->sizeHint().width();
    ASSERT_LT(fieldWidth, 300);
    // Line one: box, field, box if it fits; the field takes what the line leaves.
    const int width = 100 + 6 + fieldWidth + 6 + 100 + 50;
    layout->setGeometry(QRect(0, 0, width, 100));
    const int line = std::max(20, field->sizeHint().height()); // boxes centred on it
    EXPECT_EQ(boxes.at(1)->geometry().y(), (line - 20) / 2);
    EXPECT_EQ(field->geometry().width(), fieldWidth + 50);
    EXPECT_EQ(boxes.at(1)->geometry().right(), width - 1);
    // A hidden item takes no room.
    boxes.at(1)->hide();
    layout->setGeometry(QRect(0, 0, width, 100));
    EXPECT_EQ(boxes.at(2)->geometry().topLeft(), QPoint(106 + field->geometry().width() + 6, (line - 20) / 2));
}
